namespace Scopewise.Adf;

/// <summary>A mark whose type the ADF schema Scopewise was built from does not know: kept and written back unchanged.</summary>
public sealed class AdfUnknownMark : AdfMark
{
    /// <summary>Creates a mark of a type Scopewise has no class for.</summary>
    /// <param name="type">The mark type.</param>
    public AdfUnknownMark(string type)
        : base(type)
    {
    }
}
