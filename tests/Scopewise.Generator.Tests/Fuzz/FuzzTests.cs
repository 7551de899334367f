using Xunit.Abstractions;

namespace Scopewise.Generator.Tests.Fuzz;

/// <summary>Runs one corpus case and fails with a message naming the case, its class, field, mutation and the first offending diagnostic or line.</summary>
internal static class FuzzAssert
{
    public static void Passes(string name, ITestOutputHelper output)
    {
        var fuzzCase = FuzzCorpus.Get(name);

        // A stack overflow kills the test host before any result is written; the host's standard error, which the
        // test platform prints when the host crashes, then names the cases that were running.
        Console.Error.WriteLine("fuzz case started: " + name);
        var run = FuzzRunner.Run(fuzzCase, collectMembers: fuzzCase.SameMembersAs is not null);
        if (fuzzCase.SameMembersAs is { } key && run.TargetMembers is { } actual)
        {
            var (expected, problem) = FuzzCorpus.BaselineMembers(key);
            if (problem is not null)
            {
                run.Problems.Add(problem);
            }
            else if (!actual.SetEquals(expected!))
            {
                var extra = actual.Except(expected!).Take(4).Select(Payloads.Show);
                var missing = expected!.Except(actual).Take(4).Select(Payloads.Show);
                run.Problems.Add($"undeclared members: the mutation touched only text, yet the members differ from the unmutated spec's; extra: [{string.Join("; ", extra)}] missing: [{string.Join("; ", missing)}]");
            }
        }

        var diagnostics = run.Result is null ? "" : string.Join(", ", run.Result.GeneratorDiagnostics.GroupBy(d => d.Id).Select(g => $"{g.Key}×{g.Count()}"));
        output.WriteLine($"{name}: {run.Elapsed.TotalSeconds:0.00} s, {run.TargetSources.Count} source(s) for the spec, generator diagnostics: [{diagnostics}]");
        if (run.Problems.Count > 0)
        {
            Assert.Fail(FuzzRunner.Report(fuzzCase, run));
        }
    }
}

/// <summary>\n, \r or \r\n + C# in each string field kind of each base spec.</summary>
[Collection(FuzzCollection.Name)]
public sealed class FuzzInjectionTests(ITestOutputHelper output)
{
    public static TheoryData<string> Cases => FuzzCorpus.Names(c => c.Class == "injection" && c.Name.Split('/')[2] is "LF" or "CR" or "CRLF");

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_line_break_and_payload_in_one_field_injects_nothing(string name) => FuzzAssert.Passes(name, output);
}

/// <summary>U+0085, U+2028 or U+2029 (line terminators to C#, not to most string APIs) + C# in each string field kind.</summary>
[Collection(FuzzCollection.Name)]
public sealed class FuzzUnicodeLineBreakInjectionTests(ITestOutputHelper output)
{
    public static TheoryData<string> Cases => FuzzCorpus.Names(c => c.Class == "injection" && c.Name.Split('/')[2] is "NEL" or "LS" or "PS");

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_unicode_line_break_and_payload_in_one_field_injects_nothing(string name) => FuzzAssert.Passes(name, output);
}

/// <summary>Every string site of a base (or, in the large corpus, of a whole bundled spec) mutated at once.</summary>
[Collection(FuzzCollection.Name)]
public sealed class FuzzInjectionEverywhereTests(ITestOutputHelper output)
{
    public static TheoryData<string> Cases => FuzzCorpus.Names("injection-all", "bundled");

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_line_break_and_payload_in_every_field_at_once_injects_nothing(string name) => FuzzAssert.Passes(name, output);
}

/// <summary>String-literal breakouts and C#/XML special characters in each field kind.</summary>
[Collection(FuzzCollection.Name)]
public sealed class FuzzLiteralTests(ITestOutputHelper output)
{
    public static TheoryData<string> Cases => FuzzCorpus.Names("breakout", "escapes");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Quotes_backslashes_and_delimiters_stay_data(string name) => FuzzAssert.Passes(name, output);
}

/// <summary>Inputs that made the generator throw: cyclic $refs, nameless parameters, enum values that are not strings.</summary>
[Collection(FuzzCollection.Name)]
public sealed class FuzzCrashTests(ITestOutputHelper output)
{
    public static TheoryData<string> Cases => FuzzCorpus.Names("cycle", "nameless-parameter", "enum-value");

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_generator_never_throws_and_never_drops_the_other_spec(string name) => FuzzAssert.Passes(name, output);
}

/// <summary>
/// Deep nesting (JSON, YAML flow and block) and long allOf and $ref chains. A stack overflow cannot be caught: if one of
/// these crashes the test host, rerun this class with --logger "console;verbosity=normal" to see the last case started.
/// </summary>
[Collection(FuzzCollection.Name)]
public sealed class FuzzDepthTests(ITestOutputHelper output)
{
    public static TheoryData<string> Cases => FuzzCorpus.Names("depth", "chain");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Depth_and_chains_stay_within_budget(string name) => FuzzAssert.Passes(name, output);
}

/// <summary>YAML alias expansion, the size budgets and file formats (JSON in .yaml, comments, BOMs, several documents).</summary>
[Collection(FuzzCollection.Name)]
public sealed class FuzzExpansionAndFormatTests(ITestOutputHelper output)
{
    public static TheoryData<string> Cases => FuzzCorpus.Names("expansion", "budget", "format");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Expansion_size_and_format_stay_within_budget(string name) => FuzzAssert.Passes(name, output);
}

/// <summary>100,000- and 1,100-character names and values in every position.</summary>
[Collection(FuzzCollection.Name)]
public sealed class FuzzLongNameTests(ITestOutputHelper output)
{
    public static TheoryData<string> Cases => FuzzCorpus.Names("long-name", "long-name-1100");

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_long_name_becomes_a_valid_unique_identifier(string name) => FuzzAssert.Passes(name, output);
}

/// <summary>Keywords, leading digits, Unicode and case duplicates in every name position.</summary>
[Collection(FuzzCollection.Name)]
public sealed class FuzzNameTests(ITestOutputHelper output)
{
    public static TheoryData<string> Cases => FuzzCorpus.Names("keyword", "digit", "unicode", "duplicate");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Any_name_becomes_a_valid_unique_identifier(string name) => FuzzAssert.Passes(name, output);
}

/// <summary>Schemas named like the client, its JSON class, its sub-clients, the runtime's types and generated helpers.</summary>
[Collection(FuzzCollection.Name)]
public sealed class FuzzSchemaCollisionTests(ITestOutputHelper output)
{
    public static TheoryData<string> Cases => FuzzCorpus.Names("collision-schema");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Schema_names_never_collide_with_generated_names(string name) => FuzzAssert.Passes(name, output);
}

/// <summary>Property, parameter, operation and tag names equal to names the generator itself uses.</summary>
[Collection(FuzzCollection.Name)]
public sealed class FuzzMemberCollisionTests(ITestOutputHelper output)
{
    public static TheoryData<string> Cases => FuzzCorpus.Names("collision-member");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Member_names_never_collide_with_generated_names(string name) => FuzzAssert.Passes(name, output);
}

/// <summary>The corpus itself: deterministic, and covering every class and field kind the review found.</summary>
public sealed class FuzzCorpusTests
{
    [Fact]
    public void The_corpus_covers_every_separator_in_every_field_kind_and_every_mutation_class()
    {
        var cases = FuzzCorpus.All.ToList();
        var injection = cases.Where(c => c.Class == "injection").ToList();
        foreach (var kind in Enum.GetValues<FieldKind>().Where(k => k != FieldKind.Structure))
        {
            foreach (var (separator, _) in Payloads.Separators)
            {
                Assert.True(injection.Any(c => c.Field == kind && c.Name.Contains("/" + separator + "/", StringComparison.Ordinal)), $"no injection case for {kind} with {separator}");
            }
        }

        string[] classes = ["injection", "injection-all", "breakout", "escapes", "cycle", "nameless-parameter", "enum-value", "depth", "chain", "expansion", "budget", "format", "long-name", "long-name-1100", "keyword", "digit", "unicode", "duplicate", "collision-schema", "collision-member"];
        foreach (var cls in classes)
        {
            Assert.True(cases.Any(c => c.Class == cls), "no case of class " + cls);
        }

        Assert.True(cases.Count >= 300, $"only {cases.Count} cases");
        Assert.Equal(cases.Count, cases.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Cases_build_the_same_text_every_time()
    {
        foreach (var fuzzCase in FuzzCorpus.All.Where(c => c.Class is "injection" or "breakout" or "escapes").Take(60))
        {
            var first = fuzzCase.Build();
            var second = fuzzCase.Build();
            Assert.True(first.Text == second.Text && first.Detail == second.Detail, $"{fuzzCase.Name} is not deterministic");
            Assert.True(fuzzCase.Class != "injection" || Payloads.Markers.Any(m => first.Text.Contains(m, StringComparison.Ordinal)), $"{fuzzCase.Name} does not carry its payload");
        }
    }
}

/// <summary>
/// The fuzz classes run one after another, not beside each other: each case has a wall-clock budget (the backstop
/// against a hang), and two cases compiling at once on a two-core CI machine doubled each one's time.
/// </summary>
[CollectionDefinition(Name)]
public sealed class FuzzCollection
{
    public const string Name = "Fuzz corpus";
}
