namespace Scopewise.Demo.Infrastructure;

/// <summary>
/// Progress for long listings on the error stream (so that the table on standard output stays clean when piped):
/// a line every <see cref="Every"/> items and a final count.
/// </summary>
public sealed class Progress(TextWriter output, string noun)
{
    /// <summary>How many items between two progress lines.</summary>
    public const int Every = 25;

    private int _count;

    /// <summary>Counts one more item.</summary>
    public void Tick()
    {
        _count++;
        if (_count % Every == 0)
        {
            output.WriteLine($"  ... {_count} {noun} so far");
        }
    }

    /// <summary>Writes the total.</summary>
    public void Done() => output.WriteLine($"  {_count} {noun}.");
}
