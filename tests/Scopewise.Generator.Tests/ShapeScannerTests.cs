using System.Text;
using Scopewise.Generator.Spec;
using Scopewise.Generator.Spec.Budgets;
using Scopewise.Generator.Tests.Infrastructure;
using Xunit.Abstractions;
using YamlDotNet.Core;

namespace Scopewise.Generator.Tests;

/// <summary>
/// The shape scanners refuse hostile specs (deep nesting, alias expansion, sheer size) before any recursive parser
/// reads them, in time linear in the text and without recursing themselves; real specs pass with room to spare.
/// </summary>
public sealed class ShapeScannerTests
{
    private static readonly SpecBudgets Defaults = SpecBudgets.Default;
    private readonly ITestOutputHelper _output;

    public ShapeScannerTests(ITestOutputHelper output) => _output = output;

    public static TheoryData<string> BundledSpecs => new() { "confluence-v1", "confluence-v2", "jira-v3", "confluence-dc" };

    // Measured max depths (objects and arrays): confluence-v1 13, confluence-v2 15, jira-v3 19, confluence-dc 13.
    [Theory]
    [MemberData(nameof(BundledSpecs))]
    public void A_bundled_spec_passes_with_the_default_budgets(string name)
    {
        var text = File.ReadAllText(Path.Combine(InputItem.BundledDirectory, name + ".openapi.json"));

        Assert.Null(SpecShape.Check(text, yamlFileName: false, Defaults, CancellationToken.None));
        var depth = MaxJsonDepth(text);
        _output.WriteLine($"{name}: {text.Length} characters, objects and arrays nest {depth} deep");
        Assert.InRange(depth, 2, Defaults.MaxNestingDepth / 4);
    }

    [Fact]
    public void Json_nested_10000_deep_through_properties_is_refused_at_the_brace_that_goes_over()
    {
        // One level per line, so the line and column of the refusal are both checked.
        var text = new StringBuilder("{\"openapi\": \"3.0.0\", \"components\": {\"schemas\": {\"Deep\":\n");
        for (var i = 0; i < 10_000; i++)
        {
            text.Append("  {\"type\": \"object\", \"properties\": {\"p\":\n");
        }

        text.Append("{}").Append('}', 2 * 10_000).Append("}}}");

        var exceeded = JsonShapeScanner.Scan(text.ToString(), Defaults, CancellationToken.None);

        // Depth 3 at the end of line 0; line k (k >= 1) opens depths 2k + 2 and 2k + 3: 129 is the second brace of line 63.
        AssertExceeded(exceeded, SpecBudgets.NestingDepth, Defaults.MaxNestingDepth, 63, "  {\"type\": \"object\", \"properties\": ".Length);
        Assert.Equal("objects and arrays nest 129 deep here", exceeded!.Detail);
    }

    [Fact]
    public void Json_nested_10000_deep_through_allOf_is_refused()
    {
        var text = new StringBuilder("{\"openapi\": \"3.0.0\", \"components\": {\"schemas\": {\"Deep\": ");
        for (var i = 0; i < 10_000; i++)
        {
            text.Append("{\"allOf\": [");
        }

        text.Append("{}");
        for (var i = 0; i < 10_000; i++)
        {
            text.Append("]}");
        }

        text.Append("}}}");
        var json = text.ToString();

        var exceeded = JsonShapeScanner.Scan(json, Defaults, CancellationToken.None);

        AssertExceeded(exceeded, SpecBudgets.NestingDepth, Defaults.MaxNestingDepth, 0, IndexOfNthOpening(json, 129));
    }

    [Fact]
    public void Json_arrays_nested_10000_deep_are_refused_at_the_129th_bracket()
    {
        var json = "{\"openapi\": \"3.0.0\", \"x-deep\": " + new string('[', 10_000) + new string(']', 10_000) + "}";

        var exceeded = JsonShapeScanner.Scan(json, Defaults, CancellationToken.None);

        AssertExceeded(exceeded, SpecBudgets.NestingDepth, Defaults.MaxNestingDepth, 0, "{\"openapi\": \"3.0.0\", \"x-deep\": ".Length + 127);
    }

    [Fact]
    public void Brackets_in_strings_and_comments_do_not_count_and_escaped_quotes_do_not_end_strings()
    {
        // Every bracket below is inside a string (double- or single-quoted, as Newtonsoft.Json reads both) or a comment.
        var json = "{\"a\": \"[[[[ \\\" [[[[ {{{{ \\\\\", \"b\": '[[[[ \\' {{{{ \" [[[[', /* \" [[[[ */ \"c\": // \" {{{{\n [1]}";
        var tight = Defaults with { MaxNestingDepth = 2 };

        Assert.Null(JsonShapeScanner.Scan(json, tight, CancellationToken.None));
        Assert.NotNull(JsonShapeScanner.Scan(json, Defaults with { MaxNestingDepth = 1 }, CancellationToken.None));
    }

    [Theory]
    [InlineData("/* \" */")]
    [InlineData("// \"\n")]
    [InlineData("'\"',")]
    public void A_quote_in_a_comment_or_single_quoted_string_does_not_hide_the_brackets_after_it(string hiding)
    {
        // Newtonsoft.Json reads comments and single-quoted strings: were the quote inside them taken for the start of a
        // string, the deep nesting after it would go unseen.
        var json = "{\"openapi\": \"3.0.0\", " + hiding + " \"x-deep\": " + new string('[', 10_000) + new string(']', 10_000) + ", \"x-end\": \"\\\"\"}";

        var exceeded = JsonShapeScanner.Scan(json, Defaults, CancellationToken.None);

        Assert.Equal(SpecBudgets.NestingDepth, exceeded?.Budget);
    }

    [Theory]
    [InlineData("{\"a\": \"unterminated")]
    [InlineData("{\"a\": 1 /* unterminated")]
    [InlineData("{\"a\": 1} /")]
    [InlineData("]]]]}}}} {\"a\": [1]}")]
    [InlineData("{\"a\": \"\\")]
    [InlineData("")]
    public void Malformed_json_is_left_to_the_parser(string json)
    {
        Assert.Null(JsonShapeScanner.Scan(json, Defaults, CancellationToken.None));
    }

    [Fact]
    public void Yaml_flow_sequences_nested_10000_deep_are_refused()
    {
        var yaml = "openapi: 3.0.0\nx-deep: " + new string('[', 10_000) + new string(']', 10_000) + "\n";

        var exceeded = YamlShapeScanner.Scan(yaml, Defaults, CancellationToken.None);

        // Depth 1 is the document's mapping, so the 128th bracket goes over.
        AssertExceeded(exceeded, SpecBudgets.NestingDepth, Defaults.MaxNestingDepth, 1, "x-deep: ".Length + 127);
        Assert.Equal("sequences and mappings nest 129 deep here", exceeded!.Detail);
    }

    [Fact]
    public void Yaml_flow_mappings_nested_10000_deep_are_refused()
    {
        var yaml = "openapi: 3.0.0\nx-deep: " + string.Concat(Enumerable.Repeat("{a: ", 10_000)) + "1" + new string('}', 10_000) + "\n";

        var exceeded = YamlShapeScanner.Scan(yaml, Defaults, CancellationToken.None);

        AssertExceeded(exceeded, SpecBudgets.NestingDepth, Defaults.MaxNestingDepth, 1, "x-deep: ".Length + (127 * "{a: ".Length));
    }

    [Fact]
    public void A_yaml_block_mapping_nested_2000_deep_is_refused()
    {
        var yaml = new StringBuilder();
        for (var i = 0; i < 2_000; i++)
        {
            yaml.Append(' ', i).Append('k').Append(i).Append(":\n");
        }

        yaml.Append(' ', 2_000).Append("leaf: 1\n");

        var exceeded = YamlShapeScanner.Scan(yaml.ToString(), Defaults, CancellationToken.None);

        // The mapping at depth 129 starts at its first key, k128:, on line 128.
        AssertExceeded(exceeded, SpecBudgets.NestingDepth, Defaults.MaxNestingDepth, 128, 128);
    }

    [Fact]
    public void A_yaml_billion_laughs_is_refused_at_the_alias_that_goes_over()
    {
        var yaml = BillionLaughs(levels: 9, aliasesPerLevel: 10);

        var exceeded = YamlShapeScanner.Scan(yaml, Defaults, CancellationToken.None);

        // Aliases add 10 + 110 + 1,110 + 11,110 + 111,110 = 123,450 nodes through lol5; the first *lol5 in lol6 adds
        // 111,111 more, past 200,000.
        var lines = yaml.Split('\n');
        AssertExceeded(exceeded, SpecBudgets.AliasExpansion, Defaults.MaxAliasExpansion, 7, lines[7].IndexOf('*', StringComparison.Ordinal));
        Assert.Equal("aliases have added 234561 nodes by here, *lol5 111111 of them", exceeded!.Detail);
    }

    [Fact]
    public void A_deeper_billion_laughs_is_refused_even_with_unlimited_budgets()
    {
        var yaml = BillionLaughs(levels: 30, aliasesPerLevel: 10);
        var unlimited = Defaults with { MaxAliasExpansion = long.MaxValue, MaxSpecChars = long.MaxValue };

        var exceeded = YamlShapeScanner.Scan(yaml, unlimited, CancellationToken.None);

        // 10^30 nodes: the counts saturate instead of wrapping, and a saturated count is over any budget. The character
        // count (at least one per node) saturates first.
        Assert.Equal(SpecBudgets.SpecSize, exceeded?.Budget);
        Assert.StartsWith($"aliases expand the document to about {long.MaxValue} characters", exceeded!.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_yaml_alias_inside_its_own_anchor_is_refused()
    {
        var yaml = "openapi: 3.0.0\nx-loop: &loop [*loop, *loop]\n";

        var exceeded = YamlShapeScanner.Scan(yaml, Defaults, CancellationToken.None);

        AssertExceeded(exceeded, SpecBudgets.AliasExpansion, Defaults.MaxAliasExpansion, 1, "x-loop: &loop [".Length);
    }

    [Fact]
    public void Yaml_aliases_that_expand_to_deep_nesting_are_refused()
    {
        // Each anchor wraps an alias to the one before in one more sequence: few nodes, but ever deeper.
        var yaml = new StringBuilder("openapi: 3.0.0\nx-d0: &d0 []\n");
        for (var i = 1; i < 200; i++)
        {
            yaml.Append("x-d").Append(i).Append(": &d").Append(i).Append(" [*d").Append(i - 1).Append("]\n");
        }

        var exceeded = YamlShapeScanner.Scan(yaml.ToString(), Defaults, CancellationToken.None);

        // *d126 is 127 deep, and sits at depth 2 (the document's mapping and x-d127's sequence).
        AssertExceeded(exceeded, SpecBudgets.NestingDepth, Defaults.MaxNestingDepth, 128, "x-d127: &d127 [".Length);
    }

    [Fact]
    public void Yaml_aliases_of_a_long_scalar_are_held_to_the_size_budget()
    {
        var yaml = "openapi: 3.0.0\nx-long: &long \"" + new string('x', 1_000) + "\"\nx-many: [" + string.Join(", ", Enumerable.Repeat("*long", 100)) + "]\n";
        var budgets = Defaults with { MaxSpecChars = 50_000 };

        var exceeded = YamlShapeScanner.Scan(yaml, budgets, CancellationToken.None);

        // The text is about 1,600 characters; each alias adds 1,001: the 49th goes past 50,000.
        AssertExceeded(exceeded, SpecBudgets.SpecSize, 50_000, 2, "x-many: [".Length + (48 * "*long, ".Length));
    }

    [Fact]
    public void A_harmless_yaml_spec_with_a_few_anchors_passes()
    {
        const string Yaml = """
            openapi: 3.0.0
            info: {title: Demo, version: '1'}
            x-common: &errors
              '400': &bad {description: Bad request}
              '404': {description: Not found}
            paths:
              /a:
                get:
                  responses:
                    '200': {description: OK}
                    <<: *errors
              /b:
                get:
                  responses:
                    '200': {description: OK}
                    '400': *bad
                    '409': *bad
            """;

        Assert.Null(YamlShapeScanner.Scan(Yaml, Defaults, CancellationToken.None));
        Assert.Null(SpecShape.Check(Yaml, yamlFileName: true, Defaults, CancellationToken.None));
    }

    [Theory]
    [InlineData("openapi: 3.0.0\nx: [unclosed\n")]
    [InlineData("openapi: 3.0.0\nx: *undefined\n")]
    [InlineData("a: b: c\n")]
    [InlineData("\t- tab\n")]
    [InlineData(": [\nq]")] // YamlDotNet throws InvalidOperationException, not YamlException, for this one
    [InlineData("")]
    public void Malformed_yaml_is_left_to_the_parser(string yaml)
    {
        Assert.Null(YamlShapeScanner.Scan(yaml, Defaults, CancellationToken.None));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_document_over_the_size_budget_is_refused_before_it_is_read(bool yaml)
    {
        var text = "openapi: 3.0.0\n" + new string('#', 2_000);
        var budgets = Defaults with { MaxSpecChars = 1_000 };

        var exceeded = SpecShape.Check(text, yaml, budgets, CancellationToken.None);

        AssertExceeded(exceeded, SpecBudgets.SpecSize, 1_000, 0, 0);
        Assert.Equal($"the document has {text.Length} characters", exceeded!.Detail);
    }

    [Theory]
    [InlineData("{\"openapi\": \"3.0.0\"}", true)]
    [InlineData("\uFEFF \r\n\t{\"openapi\": \"3.0.0\"}", true)]
    [InlineData("openapi: 3.0.0\n", false)]
    [InlineData("# {\n{a: 1}", false)]
    [InlineData("---\n{\"openapi\": \"3.0.0\"}", false)]
    [InlineData("   ", false)]
    [InlineData("", false)]
    public void Json_is_told_from_yaml_by_its_first_character(string text, bool json)
    {
        Assert.Equal(json, SpecShape.LooksLikeJson(text));
    }

    [Fact]
    public void A_yaml_file_that_holds_json_is_scanned_as_json()
    {
        var json = "\n  {\"openapi\": \"3.0.0\", \"x-deep\": " + new string('[', 200) + new string(']', 200) + "}";

        var exceeded = SpecShape.Check(json, yamlFileName: true, Defaults, CancellationToken.None);

        Assert.Equal("objects and arrays nest 129 deep here", exceeded?.Detail);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_cancelled_scan_throws_OperationCanceledException(bool yaml)
    {
        var text = yaml ? "openapi: 3.0.0\nx: [" + string.Join(", ", Enumerable.Range(0, 10_000)) + "]\n" : "{\"openapi\": \"3.0.0\"}";

        Assert.ThrowsAny<OperationCanceledException>(() => SpecShape.Check(text, yaml, Defaults, new CancellationToken(canceled: true)));
    }

    [Fact]
    public void YamlDotNets_parser_does_not_recurse_per_level()
    {
        // Were the parser or scanner recursive, these would overflow a 256 KB stack (about 2,000 frames of 128 bytes)
        // and take the test host down. Flow nesting costs the scanner time quadratic in depth (100,000 levels take
        // about 20 s), which is why YamlShapeScanner stops at the first level over budget; 10,000 take about 0.2 s.
        var flow = new string('[', 10_000) + new string(']', 10_000);
        var block = new StringBuilder();
        for (var i = 0; i < 5_000; i++)
        {
            block.Append(' ', i).Append('k').Append(i).Append(":\n");
        }

        block.Append(' ', 5_000).Append("leaf: 1\n");

        Assert.Equal(10_000, OnSmallStack(() => MaxEventDepth(flow)));
        Assert.Equal(5_001, OnSmallStack(() => MaxEventDepth(block.ToString())));
    }

    [Fact]
    public void The_yaml_scanner_stops_early_on_100000_deep_flow_sequences_on_a_small_stack()
    {
        var yaml = "openapi: 3.0.0\nx-deep: " + new string('[', 100_000) + new string(']', 100_000) + "\n";

        var exceeded = OnSmallStack(() => YamlShapeScanner.Scan(yaml, Defaults, CancellationToken.None));

        Assert.Equal(SpecBudgets.NestingDepth, exceeded?.Budget);
    }

    [Fact]
    public void The_json_scanner_handles_100000_deep_nesting_on_a_small_stack()
    {
        var json = new string('[', 100_000) + new string(']', 100_000);
        var unlimited = Defaults with { MaxNestingDepth = int.MaxValue };

        Assert.Null(OnSmallStack(() => JsonShapeScanner.Scan(json, unlimited, CancellationToken.None)));
    }

    private static string BillionLaughs(int levels, int aliasesPerLevel)
    {
        var yaml = new StringBuilder("openapi: 3.0.0\nx-lol0: &lol0 \"lol\"\n");
        for (var level = 1; level <= levels; level++)
        {
            var aliases = string.Join(", ", Enumerable.Repeat("*lol" + (level - 1), aliasesPerLevel));
            yaml.Append("x-lol").Append(level).Append(": &lol").Append(level).Append(" [").Append(aliases).Append("]\n");
        }

        return yaml.ToString();
    }

    /// <summary>The least nesting budget the text passes, found by bisection: the depth it nests to.</summary>
    private static int MaxJsonDepth(string text)
    {
        int low = 0, high = Defaults.MaxNestingDepth;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (JsonShapeScanner.Scan(text, Defaults with { MaxNestingDepth = middle }, CancellationToken.None) is null)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }

    /// <summary>The column (on line 0) of the opening bracket or brace that reaches depth <paramref name="n"/>.</summary>
    private static int IndexOfNthOpening(string json, int n)
    {
        var depth = 0;
        for (var i = 0; i < json.Length; i++)
        {
            if (json[i] is '{' or '[' && ++depth == n)
            {
                return i;
            }
        }

        throw new ArgumentException("not that deep", nameof(n));
    }

    private static int MaxEventDepth(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        int depth = 0, max = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case YamlDotNet.Core.Events.SequenceStart or YamlDotNet.Core.Events.MappingStart:
                    max = Math.Max(max, ++depth);
                    break;
                case YamlDotNet.Core.Events.SequenceEnd or YamlDotNet.Core.Events.MappingEnd:
                    depth--;
                    break;
            }
        }

        return max;
    }

    private static T OnSmallStack<T>(Func<T> work) => KnownStack.Run(work, 256 * 1024);

    private static void AssertExceeded(BudgetExceeded? exceeded, Budget budget, long limit, int line, int column)
    {
        Assert.NotNull(exceeded);
        Assert.Equal(
            (budget.Metadata, limit, line, column),
            (exceeded!.Budget.Metadata, exceeded.Limit, exceeded.Line, exceeded.Column));
    }
}
