using System;
using System.Globalization;

namespace Scopewise.Generator.Spec.Budgets;

/// <summary>
/// The limits a spec is held to before and while it is read: a spec is untrusted input read inside the user's
/// compiler, so size, nesting, expansion and output are bounded. Each limit can be raised per spec with the item
/// metadata named in <see cref="Budget.Metadata"/> (for example <c>MaxNestingDepth="256"</c> on a
/// <c>ScopewiseApi</c> item) or for the whole project with the property <c>Scopewise{Metadata}</c>.
/// </summary>
internal sealed record SpecBudgets(
    long MaxSpecChars,
    int MaxNestingDepth,
    long MaxAliasExpansion,
    int MaxReferenceChain,
    int MaxAllOfDepth,
    int MaxModelProperties,
    long MaxGeneratedChars)
{
    /// <summary>
    /// Defaults: generous for every public spec we know (Jira v3, 2.4 MB, nests 20 deep and emits about 8 MB of C#),
    /// small enough that no spec can hold a build for long or exhaust the compiler's stack or memory.
    /// </summary>
    public static readonly SpecBudgets Default = new(
        MaxSpecChars: 32L * 1024 * 1024,
        MaxNestingDepth: 128,
        MaxAliasExpansion: 200_000,
        MaxReferenceChain: 64,
        MaxAllOfDepth: 32,
        MaxModelProperties: 2_000,
        MaxGeneratedChars: 48L * 1024 * 1024);

    /// <summary>The budgets, each with its metadata name, for messages and for reading item metadata.</summary>
    public static readonly Budget SpecSize = new("MaxSpecChars", "document size (characters)");
    public static readonly Budget NestingDepth = new("MaxNestingDepth", "nesting depth");
    public static readonly Budget AliasExpansion = new("MaxAliasExpansion", "YAML alias expansion (nodes added by aliases)");
    public static readonly Budget ReferenceChain = new("MaxReferenceChain", "$ref chain length");
    public static readonly Budget AllOfDepth = new("MaxAllOfDepth", "allOf depth");
    public static readonly Budget ModelProperties = new("MaxModelProperties", "properties per model, inherited and flattened ones included");
    public static readonly Budget GeneratedSize = new("MaxGeneratedChars", "generated C# per spec (characters)");

    /// <summary>Reads overrides; a missing, empty or invalid value keeps the default (an invalid one is reported by the caller).</summary>
    public static SpecBudgets From(Func<string, string?> read, Action<string, string>? invalid = null)
    {
        long Long(Budget budget, long fallback)
        {
            var text = read(budget.Metadata);
            if (string.IsNullOrWhiteSpace(text))
            {
                return fallback;
            }

            if (long.TryParse(text!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0)
            {
                return value;
            }

            invalid?.Invoke(budget.Metadata, text!);
            return fallback;
        }

        int Int(Budget budget, int fallback) => (int)Math.Min(int.MaxValue, Long(budget, fallback));

        var d = Default;
        return new SpecBudgets(
            Long(SpecSize, d.MaxSpecChars),
            Int(NestingDepth, d.MaxNestingDepth),
            Long(AliasExpansion, d.MaxAliasExpansion),
            Int(ReferenceChain, d.MaxReferenceChain),
            Int(AllOfDepth, d.MaxAllOfDepth),
            Int(ModelProperties, d.MaxModelProperties),
            Long(GeneratedSize, d.MaxGeneratedChars));
    }
}

/// <summary>One budget: the item metadata that raises it and what it limits, in words.</summary>
internal sealed record Budget(string Metadata, string Description);

/// <summary>A budget a spec went over, and where (zero-based line and column; 0, 0 when the place is the whole file).</summary>
internal sealed record BudgetExceeded(Budget Budget, long Limit, int Line, int Column, string Detail);
