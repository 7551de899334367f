using System;
using System.IO;
using System.Threading;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Scopewise.Generator.Spec.Budgets;

/// <summary>
/// Measures a YAML spec's nesting depth and alias expansion from YamlDotNet's event stream, before its deserializer
/// (which recurses once per level and expands every alias) sees the text.
/// </summary>
/// <remarks>
/// YamlDotNet's <see cref="Parser"/> and <see cref="Scanner"/> keep their state in explicit stacks and do not
/// recurse: 100,000 nested flow sequences parse on a 256 KB stack (see ShapeScannerTests). But the scanner's cost
/// per token grows with the flow nesting around it (it checks every pending simple key), so a whole 100,000-deep
/// document takes about 20 s, quadratic in depth. Events are pulled one at a time and the scan stops at the first
/// budget exceeded, when the scanner has read at most about a line (or 1,024 characters) past it, so that cost
/// stays bounded by the budget rather than by the document.
/// </remarks>
internal static class YamlShapeScanner
{
    /// <summary>How many events pass between cancellation checks.</summary>
    private const int CancellationStride = 4096;

    /// <summary>
    /// The first budget the text goes over (size first, then nesting depth or alias expansion, in document order),
    /// or null, also when the text is not valid YAML (the real parser reports that). Throws
    /// only <see cref="OperationCanceledException"/>, when <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    public static BudgetExceeded? Scan(string text, SpecBudgets budgets, CancellationToken cancellationToken)
    {
        var tooLarge = SizeBudget.Check(text, budgets);
        if (tooLarge is not null)
        {
            return tooLarge;
        }

        try
        {
            return ScanEvents(text, budgets, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Mostly YamlException; but YamlDotNet 16.3's scanner also throws InvalidOperationException on some
            // malformed flow collections (": [\nq]", found by fuzzing). Either way the real parser fails the same way.
            return null;
        }
    }

    private static BudgetExceeded? ScanEvents(string text, SpecBudgets budgets, CancellationToken cancellationToken)
    {
        var parser = new Parser(new StringReader(text));
        var tally = new YamlExpansionTally();
        var events = 0;
        while (parser.MoveNext())
        {
            if (++events % CancellationStride == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            switch (parser.Current)
            {
                case Scalar scalar:
                    tally.Scalar(AnchorOf(scalar), scalar.Value.Length);
                    break;
                case SequenceStart or MappingStart:
                    var start = (NodeEvent)parser.Current;
                    if (tally.Depth + 1 > budgets.MaxNestingDepth)
                    {
                        return Exceeded(SpecBudgets.NestingDepth, budgets.MaxNestingDepth, start.Start, FormattableString.Invariant($"sequences and mappings nest {tally.Depth + 1} deep here"));
                    }

                    tally.Open(AnchorOf(start));
                    break;
                case SequenceEnd or MappingEnd:
                    tally.Close();
                    break;
                case AnchorAlias alias:
                    var exceeded = CheckAlias(alias, tally, text.Length, budgets);
                    if (exceeded is not null)
                    {
                        return exceeded;
                    }

                    break;
            }
        }

        // Anchors are not reset between documents: counting a later document's aliases to an earlier one's anchors
        // can only over-count, and NSwag reads one document.
        return null;
    }

    /// <summary>Counts one alias at its expanded size, or says which budget that size goes over.</summary>
    private static BudgetExceeded? CheckAlias(AnchorAlias alias, YamlExpansionTally tally, int textLength, SpecBudgets budgets)
    {
        var name = alias.Value.Value;
        switch (tally.Resolve(name, out var expansion))
        {
            case AliasResolution.InsideItself:
                return Exceeded(SpecBudgets.AliasExpansion, budgets.MaxAliasExpansion, alias.Start, $"alias *{name} sits inside the node anchored &{name}, so it expands without end");
            case AliasResolution.Expands:
                var nodes = YamlExpansionTally.SaturatingAdd(tally.NodesAddedByAliases, expansion.Nodes);
                if (Over(nodes, budgets.MaxAliasExpansion))
                {
                    return Exceeded(SpecBudgets.AliasExpansion, budgets.MaxAliasExpansion, alias.Start, FormattableString.Invariant($"aliases have added {nodes} nodes by here, *{name} {expansion.Nodes} of them"));
                }

                var depth = tally.Depth + expansion.Height;
                if (depth > budgets.MaxNestingDepth)
                {
                    return Exceeded(SpecBudgets.NestingDepth, budgets.MaxNestingDepth, alias.Start, FormattableString.Invariant($"alias *{name} expands to sequences and mappings that nest {depth} deep here"));
                }

                // A few aliases of one long anchored scalar add few nodes but can add gigabytes of text: the
                // expanded document is held to the size budget too.
                var chars = YamlExpansionTally.SaturatingAdd(textLength, YamlExpansionTally.SaturatingAdd(tally.CharsAddedByAliases, expansion.Chars));
                if (Over(chars, budgets.MaxSpecChars))
                {
                    return Exceeded(SpecBudgets.SpecSize, budgets.MaxSpecChars, alias.Start, FormattableString.Invariant($"aliases expand the document to about {chars} characters by here, *{name} adds {expansion.Chars}"));
                }

                tally.Expand(expansion);
                return null;
            default:
                return null;
        }
    }

    /// <summary>A count that saturated is over any budget, even one of <see cref="long.MaxValue"/>.</summary>
    private static bool Over(long count, long limit) => count > limit || count == long.MaxValue;

    private static string? AnchorOf(NodeEvent node) => node.Anchor.IsEmpty ? null : node.Anchor.Value;

    /// <summary>YamlDotNet's marks are one-based; budgets report zero-based positions.</summary>
    private static BudgetExceeded Exceeded(Budget budget, long limit, Mark at, string detail)
        => new(budget, limit, (int)Math.Min(int.MaxValue, Math.Max(0, at.Line - 1)), (int)Math.Min(int.MaxValue, Math.Max(0, at.Column - 1)), detail);
}
