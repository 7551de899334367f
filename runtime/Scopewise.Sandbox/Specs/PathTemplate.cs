namespace Scopewise.Sandbox.Specs;

/// <summary>
/// A path template such as <c>/wiki/api/v2/pages/{id}</c>, split once into segments so that matching a request is a
/// few string comparisons and never a regex or a re-parse.
/// </summary>
internal sealed class PathTemplate
{
    private readonly Segment[] _segments;

    private PathTemplate(string text, Segment[] segments)
    {
        Text = text;
        _segments = segments;
        LiteralCount = segments.Count(s => s.IsLiteral);
    }

    /// <summary>The template as written.</summary>
    public string Text { get; }

    /// <summary>How many segments the template has.</summary>
    public int SegmentCount => _segments.Length;

    /// <summary>How many segments are fixed text; more is more specific.</summary>
    public int LiteralCount { get; }

    public static PathTemplate Parse(string template)
    {
        var parts = template.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        var segments = new Segment[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            segments[i] = Segment.Parse(parts[i]);
        }

        return new PathTemplate(template, segments);
    }

    /// <summary>Matches already split, unescaped path segments; fills <paramref name="values"/> on success.</summary>
    public bool TryMatch(string[] pathSegments, out Dictionary<string, string> values)
    {
        values = null!;
        if (pathSegments.Length != _segments.Length)
        {
            return false;
        }

        for (var i = 0; i < _segments.Length; i++)
        {
            if (!_segments[i].Matches(pathSegments[i]))
            {
                return false;
            }
        }

        values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < _segments.Length; i++)
        {
            _segments[i].Capture(pathSegments[i], values);
        }

        return true;
    }

    /// <summary>
    /// Orders templates so that, segment by segment, fixed text comes before a parameter: <c>/content/search</c> is
    /// tried before <c>/content/{id}</c>.
    /// </summary>
    public static int CompareSpecificity(PathTemplate x, PathTemplate y)
    {
        for (var i = 0; i < Math.Min(x._segments.Length, y._segments.Length); i++)
        {
            var byKind = y._segments[i].Weight.CompareTo(x._segments[i].Weight);
            if (byKind != 0)
            {
                return byKind;
            }
        }

        return string.CompareOrdinal(x.Text, y.Text);
    }

    public override string ToString() => Text;

    /// <summary>One segment: fixed text, or an optional prefix, one <c>{parameter}</c> and an optional suffix.</summary>
    private readonly struct Segment
    {
        private readonly string _prefix;
        private readonly string? _parameter;
        private readonly string _suffix;

        private Segment(string prefix, string? parameter, string suffix)
        {
            _prefix = prefix;
            _parameter = parameter;
            _suffix = suffix;
        }

        public bool IsLiteral => _parameter is null;

        /// <summary>2 for fixed text, 1 for a parameter with fixed text around it, 0 for a bare parameter.</summary>
        public int Weight => _parameter is null ? 2 : _prefix.Length + _suffix.Length > 0 ? 1 : 0;

        public static Segment Parse(string text)
        {
            var open = text.IndexOf('{', StringComparison.Ordinal);
            var close = text.IndexOf('}', StringComparison.Ordinal);
            if (open < 0 || close < open)
            {
                return new Segment(text, null, string.Empty);
            }

            return new Segment(text[..open], text[(open + 1)..close], text[(close + 1)..]);
        }

        public bool Matches(string value)
        {
            if (_parameter is null)
            {
                return string.Equals(_prefix, value, StringComparison.Ordinal);
            }

            return value.Length > _prefix.Length + _suffix.Length
                && value.StartsWith(_prefix, StringComparison.Ordinal)
                && value.EndsWith(_suffix, StringComparison.Ordinal);
        }

        public void Capture(string value, Dictionary<string, string> values)
        {
            if (_parameter is not null)
            {
                values[_parameter] = value.Substring(_prefix.Length, value.Length - _prefix.Length - _suffix.Length);
            }
        }
    }
}
