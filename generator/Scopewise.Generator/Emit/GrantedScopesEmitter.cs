using System.Linq;
using Microsoft.CodeAnalysis.Text;
using Scopewise.Generator.Infrastructure;

namespace Scopewise.Generator.Emit;

/// <summary>
/// Writes <c>Scopewise.Generated.ScopewiseScopes.Granted</c>: the scopes of the assembly's
/// <c>[assembly: GrantedScopes(...)]</c>, so the code that builds an authorize URL asks for exactly what the analyzer
/// checked calls against.
/// </summary>
internal static class GrantedScopesEmitter
{
    public const string HintName = "Scopewise.Generated.ScopewiseScopes.g.cs";

    public static SourceText Emit(EquatableArray<string> granted)
    {
        var writer = new SourceWriter();
        Literals.WriteFileHeader(writer);
        writer.Line();
        writer.Open("namespace Scopewise.Generated");
        writer.Line("/// <summary>The OAuth 2.0 scopes this assembly declares with <c>[assembly: GrantedScopes(...)]</c>.</summary>");
        writer.Line(Literals.GeneratedCode);
        writer.Open("internal static class ScopewiseScopes");
        writer.Line("/// <summary>The granted scopes, sorted; pass them to the authorize-URL builder so the app asks for what the analyzer checked.</summary>");
        writer.Line($"public static global::System.Collections.Generic.IReadOnlyList<string> Granted {{ get; }} = new string[] {{ {string.Join(", ", granted.Select(Literals.String))} }};");
        writer.Line();
        writer.Line("/// <summary>The granted scopes as the space-separated <c>scope</c> value of an authorize URL.</summary>");
        writer.Line($"public const string AuthorizeScope = {Literals.String(string.Join(" ", granted))};");
        writer.Close();
        writer.Close();
        return writer.ToSourceText();
    }
}
