namespace Scopewise.Adf;

/// <summary>A node whose type the ADF schema Scopewise was built from does not know (a newer one): kept with its
/// attributes, content, marks and other members, and written back unchanged.</summary>
public sealed class AdfUnknownNode : AdfNode
{
    /// <summary>Creates a node of a type Scopewise has no class for.</summary>
    /// <param name="type">The node type.</param>
    public AdfUnknownNode(string type)
        : base(type, isContainer: false)
    {
    }
}
