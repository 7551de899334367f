namespace Scopewise.Demo.Infrastructure;

/// <summary>A plain-text table with a header and aligned columns; long cells are cut with an ellipsis.</summary>
public sealed class TextTable(params string[] headers)
{
    private const int MaxCellWidth = 60;
    private readonly List<string[]> _rows = [];

    /// <summary>The number of rows added.</summary>
    public int Count => _rows.Count;

    /// <summary>Adds a row; null cells print as empty.</summary>
    public void Add(params string?[] cells) => _rows.Add(cells.Select(c => Fit(c ?? "")).ToArray());

    /// <summary>Writes the header, a rule and the rows.</summary>
    public void WriteTo(TextWriter output)
    {
        var widths = headers.Select((h, i) => Math.Max(h.Length, _rows.Count == 0 ? 0 : _rows.Max(r => r[i].Length))).ToArray();
        WriteRow(output, headers, widths);
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in _rows)
        {
            WriteRow(output, row, widths);
        }
    }

    private static void WriteRow(TextWriter output, IReadOnlyList<string> cells, int[] widths) =>
        output.WriteLine(string.Join("  ", cells.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());

    private static string Fit(string cell)
    {
        var flat = cell.ReplaceLineEndings(" ");
        return flat.Length <= MaxCellWidth ? flat : flat[..(MaxCellWidth - 1)] + "…";
    }
}
