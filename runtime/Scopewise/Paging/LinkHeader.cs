namespace Scopewise;

/// <summary>Reads the <c>rel="next"</c> target of an RFC 8288 <c>Link</c> header (Confluence v2 sends one).</summary>
internal static class LinkHeader
{
    public static string? FindNext(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Link", out var values))
        {
            return null;
        }

        foreach (var value in values)
        {
            foreach (var part in SplitLinks(value))
            {
                var open = part.IndexOf('<', StringComparison.Ordinal);
                var close = part.IndexOf('>', StringComparison.Ordinal);
                if (open < 0 || close <= open)
                {
                    continue;
                }

                var parameters = part[(close + 1)..].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                foreach (var parameter in parameters)
                {
                    var pair = parameter.Split('=', 2, StringSplitOptions.TrimEntries);
                    if (pair.Length == 2 && string.Equals(pair[0], "rel", StringComparison.OrdinalIgnoreCase)
                        && pair[1].Trim('"').Split(' ').Contains("next", StringComparer.OrdinalIgnoreCase))
                    {
                        return part[(open + 1)..close].Trim();
                    }
                }
            }
        }

        return null;
    }

    // Links are separated by commas outside <...>; a URL may itself contain commas.
    private static IEnumerable<string> SplitLinks(string value)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            switch (value[i])
            {
                case '<':
                    depth++;
                    break;
                case '>':
                    depth = Math.Max(0, depth - 1);
                    break;
                case ',' when depth == 0:
                    yield return value[start..i];
                    start = i + 1;
                    break;
            }
        }

        yield return value[start..];
    }
}
