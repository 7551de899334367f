using Microsoft.CodeAnalysis.CSharp;
using Scopewise.Generator.Emit;

namespace Scopewise.Generator.Tests.Hardening;

/// <summary>Each context spec text reaches (doc comment, string literal, identifier) has one escaping path that no line terminator survives.</summary>
public sealed class EscapingTests
{
    public static TheoryData<string> LineBreaks => new() { "\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029" };

    private const string Payload = "}} [System.Runtime.CompilerServices.ModuleInitializer] internal static void Pwned() {}";

    private static string[] Lines(SourceWriter writer) => writer.ToSourceText().ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static bool HasCSharpLineBreak(string text) => text.Any(c => c is '\r' or '\u0085' or '\u2028' or '\u2029');

    [Theory]
    [MemberData(nameof(LineBreaks))]
    public void A_doc_comment_element_puts_every_line_behind_three_slashes(string lineBreak)
    {
        var writer = new SourceWriter();
        DocComments.Summary(writer, "first" + lineBreak + Payload + lineBreak + "<b>&", "fallback");

        var lines = Lines(writer);
        Assert.All(lines, line => Assert.StartsWith("///", line, StringComparison.Ordinal));
        Assert.All(lines, line => Assert.False(HasCSharpLineBreak(line)));
        Assert.Contains("/// &lt;b&gt;&amp;", lines);
    }

    [Theory]
    [MemberData(nameof(LineBreaks))]
    public void A_one_line_doc_comment_turns_line_breaks_into_spaces(string lineBreak)
    {
        var escaped = DocComments.Escape("a" + lineBreak + Payload);

        Assert.False(HasCSharpLineBreak(escaped) || escaped.Contains('\n'));
        Assert.StartsWith("a }}", escaped, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(LineBreaks))]
    public void A_string_literal_escapes_every_line_break(string lineBreak)
    {
        var literal = Literals.String("a" + lineBreak + "\"b");

        Assert.False(HasCSharpLineBreak(literal) || literal.Contains('\n'));
        var parsed = SyntaxFactory.ParseExpression(literal);
        Assert.Equal("a" + lineBreak + "\"b", ((Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax)parsed).Token.ValueText);
    }

    [Fact]
    public void Lone_surrogates_and_control_characters_do_not_reach_a_doc_comment()
    {
        var escaped = DocComments.Escape("a\uD800b\u0001c\uFFFEd😀");

        Assert.Equal("abcd😀", escaped);
    }

    [Fact]
    public void The_writer_refuses_a_raw_line_break_an_emitter_forgot_to_escape()
    {
        var writer = new SourceWriter();
        var specText = "summary\u2028" + Payload;

        Assert.Throws<UnsafeGeneratedTextException>(() => writer.Line($"/// <summary>{specText}</summary>"));
    }
}
