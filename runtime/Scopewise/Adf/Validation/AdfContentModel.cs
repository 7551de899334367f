namespace Scopewise.Adf.Validation;

/// <summary>Which node types a node type may contain, from <see cref="AdfSchemaRules"/> (over all the parent's
/// definitions). The Markdown converter asks it before placing a block, so what it builds is valid ADF.</summary>
internal static class AdfContentModel
{
    private static readonly Dictionary<string, HashSet<string>> Children = Build();

    public static bool Allows(string parentType, string childType) =>
        Children.TryGetValue(parentType, out var children) && children.Contains(childType);

    private static Dictionary<string, HashSet<string>> Build()
    {
        var children = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var rule in AdfSchemaRules.Nodes.Values)
        {
            if (rule.Content is null)
            {
                continue;
            }

            if (!children.TryGetValue(rule.Type, out var set))
            {
                children[rule.Type] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            foreach (var slot in rule.Content.Slots)
            {
                foreach (var child in slot)
                {
                    set.Add(child.Type);
                }
            }
        }

        return children;
    }
}
