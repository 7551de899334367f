using System;
using System.Collections.Generic;

namespace Scopewise.Generator.Spec.Budgets;

/// <summary>
/// Follows a YAML event stream and keeps, for each anchor, what an alias to it expands to: how many nodes, roughly
/// how many characters, and how many levels of sequences and mappings. An alias inside an anchored node counts at
/// its expanded size, so sizes compound level by level as they do in a "billion laughs" document, where each
/// anchor holds ten aliases to the one before. Everything is kept in running totals per open collection, so the
/// work is constant per event whatever the expansion.
/// </summary>
internal sealed class YamlExpansionTally
{
    private readonly Dictionary<string, Anchored> _anchors = new(StringComparer.Ordinal);
    private Frame[] _open = new Frame[16];

    /// <summary>How many sequences and mappings are open.</summary>
    public int Depth { get; private set; }

    /// <summary>Nodes that aliases have added so far (saturating, never wraps).</summary>
    public long NodesAddedByAliases { get; private set; }

    /// <summary>Characters that aliases have added so far: scalar text plus one per node (saturating).</summary>
    public long CharsAddedByAliases { get; private set; }

    public void Scalar(string? anchor, int length)
    {
        var chars = (long)length + 1;
        AddToInnermost(1, chars, 0);
        if (anchor is not null)
        {
            Complete(anchor, 1, chars, 0);
        }
    }

    public void Open(string? anchor)
    {
        if (Depth == _open.Length)
        {
            Array.Resize(ref _open, _open.Length * 2);
        }

        _open[Depth++] = new Frame { Anchor = anchor, Nodes = 1, Chars = 1 };
        if (anchor is not null)
        {
            Entry(anchor).OpenCount++;
        }
    }

    public void Close()
    {
        if (Depth == 0)
        {
            return;
        }

        var frame = _open[--Depth];
        var height = frame.ChildHeight + 1;
        AddToInnermost(frame.Nodes, frame.Chars, height);
        if (frame.Anchor is not null)
        {
            Entry(frame.Anchor).OpenCount--;
            Complete(frame.Anchor, frame.Nodes, frame.Chars, height);
        }
    }

    /// <summary>What an alias to <paramref name="anchor"/> expands to, if it is known and not inside itself.</summary>
    public AliasResolution Resolve(string anchor, out Expansion expansion)
    {
        expansion = default;
        if (!_anchors.TryGetValue(anchor, out var anchored))
        {
            return AliasResolution.Unknown;
        }

        if (anchored.OpenCount > 0)
        {
            // YamlDotNet's deserializer makes such an alias a reference to the node around it: a cycle, which its
            // serializer (NSwag turns YAML into JSON with it) then walks, branching at every alias, until its
            // recursion limit. Refusing is simpler than knowing which earlier definition, if any, it would pick.
            return AliasResolution.InsideItself;
        }

        if (!anchored.Completed)
        {
            return AliasResolution.Unknown;
        }

        expansion = new Expansion(anchored.Nodes, anchored.Chars, anchored.Height);
        return AliasResolution.Expands;
    }

    /// <summary>Counts an alias at its expanded size, after the caller has checked the budgets.</summary>
    public void Expand(Expansion expansion)
    {
        NodesAddedByAliases = SaturatingAdd(NodesAddedByAliases, expansion.Nodes);
        CharsAddedByAliases = SaturatingAdd(CharsAddedByAliases, expansion.Chars);
        AddToInnermost(expansion.Nodes, expansion.Chars, expansion.Height);
    }

    /// <summary>Addition of non-negative counts that stops at <see cref="long.MaxValue"/> instead of wrapping.</summary>
    public static long SaturatingAdd(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    private void AddToInnermost(long nodes, long chars, int height)
    {
        if (Depth == 0)
        {
            return;
        }

        ref var innermost = ref _open[Depth - 1];
        innermost.Nodes = SaturatingAdd(innermost.Nodes, nodes);
        innermost.Chars = SaturatingAdd(innermost.Chars, chars);
        innermost.ChildHeight = Math.Max(innermost.ChildHeight, height);
    }

    /// <summary>
    /// Records a finished anchored node. An anchor defined twice keeps the larger size: YAML says an alias means
    /// the latest anchor before it, but YamlDotNet registers an anchor when its node ends, so for
    /// <c>&amp;x [1, &amp;x 2]</c> it expands <c>*x</c> to the outer list. The larger is right for either reading.
    /// </summary>
    private void Complete(string anchor, long nodes, long chars, int height)
    {
        var anchored = Entry(anchor);
        anchored.Completed = true;
        anchored.Nodes = Math.Max(anchored.Nodes, nodes);
        anchored.Chars = Math.Max(anchored.Chars, chars);
        anchored.Height = Math.Max(anchored.Height, height);
    }

    private Anchored Entry(string anchor)
    {
        if (!_anchors.TryGetValue(anchor, out var anchored))
        {
            anchored = new Anchored();
            _anchors.Add(anchor, anchored);
        }

        return anchored;
    }

    /// <summary>An open sequence or mapping: its anchor and what it holds so far, itself included.</summary>
    private struct Frame
    {
        public string? Anchor;
        public long Nodes;
        public long Chars;
        public int ChildHeight;
    }

    /// <summary>What is known of one anchor name.</summary>
    private sealed class Anchored
    {
        public bool Completed;
        public int OpenCount;
        public long Nodes;
        public long Chars;
        public int Height;
    }
}

/// <summary>What an alias expands to: nodes, approximate characters, and levels of sequences and mappings.</summary>
internal readonly struct Expansion
{
    public Expansion(long nodes, long chars, int height)
    {
        Nodes = nodes;
        Chars = chars;
        Height = height;
    }

    public long Nodes { get; }

    public long Chars { get; }

    public int Height { get; }
}

/// <summary>How an alias resolved.</summary>
internal enum AliasResolution
{
    /// <summary>No anchor of that name precedes it; the real parser reports that.</summary>
    Unknown,

    /// <summary>It sits inside the node its anchor names, so it expands without end.</summary>
    InsideItself,

    /// <summary>It expands to a known <see cref="Expansion"/>.</summary>
    Expands,
}
