using System.Globalization;
using System.Text.RegularExpressions;

namespace Scopewise.Adf.Validation;

/// <summary>
/// Checks a document against the rules in <see cref="AdfSchemaRules"/> (generated from Atlassian's ADF JSON schema):
/// which nodes each node may contain and in which position, how many, which marks each node may carry in that
/// position, and each node's and mark's attributes (required, kind, enum values, lengths, ranges, patterns). Where the
/// schema allows a node type through several definitions (a paragraph with alignment or with indentation), the node
/// is valid if it fits any of them; otherwise the problems of the closest one are reported.
/// </summary>
internal static class AdfValidator
{
    private static readonly Dictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    public static IReadOnlyList<AdfProblem> Validate(AdfDocument document)
    {
        var problems = new List<AdfProblem>();
        if (document.Version != 1)
        {
            problems.Add(new("version", "an ADF document has version 1"));
        }

        CheckNode(document, AdfSchemaRules.Nodes["doc_node"], "", problems);
        return problems;
    }

    private static void CheckNode(AdfNode node, AdfNodeRule rule, string path, List<AdfProblem> problems)
    {
        CheckExtraMembers(node, path, problems);
        if (node is TextNode text && string.IsNullOrEmpty(text.Text))
        {
            problems.Add(new(Join(path, "text"), "a text node needs at least one character of text"));
        }

        CheckAttributes(node.Type, node.AttributesOrNull, rule.AttributeShapes, rule.AttributesRequired, path, problems);
        CheckMarks(node, rule, path, problems);
        CheckContent(node, rule, path, problems);
    }

    private static void CheckExtraMembers(AdfNode node, string path, List<AdfProblem> problems)
    {
        if (node.ExtraProperties.Count == 0)
        {
            return;
        }

        foreach (var name in node.ExtraProperties.Keys)
        {
            problems.Add(new(Join(path, name), $"a {node.Type} node has no member '{name}'"));
        }
    }

    private static void CheckMarks(AdfNode node, AdfNodeRule rule, string path, List<AdfProblem> problems)
    {
        var marks = node.MarksOrEmpty;
        for (var i = 0; i < marks.Count; i++)
        {
            var mark = marks[i];
            var markPath = Join(path, "marks") + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            if (!AdfSchemaRules.Marks.TryGetValue(mark.Type, out var markRule))
            {
                problems.Add(new(markPath, $"'{mark.Type}' is not an ADF mark type"));
                continue;
            }

            if (rule.Marks is { } allowed && Array.IndexOf(allowed, mark.Type) < 0)
            {
                problems.Add(new(markPath, allowed.Length == 0
                    ? $"a {node.Type} here takes no marks, not {mark.Type}"
                    : $"a {node.Type} here takes only the marks {string.Join(", ", allowed)}, not {mark.Type}"));
                continue;
            }

            if (mark.ExtraProperties.Count > 0)
            {
                foreach (var name in mark.ExtraProperties.Keys)
                {
                    problems.Add(new(Join(markPath, name), $"a {mark.Type} mark has no member '{name}'"));
                }
            }

            CheckAttributes(mark.Type, mark.AttributesOrNull, markRule.AttributeShapes, markRule.AttributesRequired, markPath, problems);
        }
    }

    private static void CheckContent(AdfNode node, AdfNodeRule rule, string path, List<AdfProblem> problems)
    {
        var children = node.ContentOrEmpty;
        var contentPath = Join(path, "content");
        if (rule.Content is not { } content)
        {
            if (children.Count > 0)
            {
                problems.Add(new(contentPath, $"a {node.Type} node has no content"));
            }

            return;
        }

        if (rule.ContentRequired && !node.ContentPresent)
        {
            problems.Add(new(contentPath, $"a {node.Type} node needs content"));
            return;
        }

        if (children.Count < content.MinItems)
        {
            problems.Add(new(contentPath, $"a {node.Type} needs at least {content.MinItems} child node{(content.MinItems == 1 ? "" : "s")}, it has {children.Count}"));
        }

        if (content.MaxItems is { } max && children.Count > max)
        {
            problems.Add(new(contentPath, $"a {node.Type} holds at most {max} child node{(max == 1 ? "" : "s")}, it has {children.Count}"));
        }

        for (var i = 0; i < children.Count; i++)
        {
            var child = children[i];
            var childPath = contentPath + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            AdfChildRule[]? slot = content.IsTuple ? (i < content.Slots.Length ? content.Slots[i] : null) : content.Slots[0];
            if (slot is null)
            {
                // JSON Schema's default for positions past a tuple: anything goes.
                continue;
            }

            var match = Array.Find(slot, c => c.Type == child.Type);
            if (match is null)
            {
                problems.Add(new(childPath, Misplaced(node.Type, child.Type, slot, content.IsTuple, i)));
                continue;
            }

            CheckAgainstDefinitions(child, match.Definitions, childPath, problems);
        }
    }

    // The node fits if any definition accepts it; otherwise report the closest definition's problems.
    private static void CheckAgainstDefinitions(AdfNode child, string[] definitions, string path, List<AdfProblem> problems)
    {
        if (definitions.Length == 1)
        {
            CheckNode(child, AdfSchemaRules.Nodes[definitions[0]], path, problems);
            return;
        }

        List<AdfProblem>? best = null;
        foreach (var definition in definitions)
        {
            var attempt = new List<AdfProblem>();
            CheckNode(child, AdfSchemaRules.Nodes[definition], path, attempt);
            if (attempt.Count == 0)
            {
                return;
            }

            if (best is null || attempt.Count < best.Count)
            {
                best = attempt;
            }
        }

        problems.AddRange(best!);
    }

    private static string Misplaced(string parent, string child, AdfChildRule[] slot, bool isTuple, int index)
    {
        var allowed = string.Join(", ", slot.Select(c => c.Type));
        var known = AdfSchemaRules.Nodes.Values.Any(n => n.Type == child);
        var what = known ? child : $"'{child}' (not an ADF node type)";
        if (isTuple)
        {
            return index == 0
                ? $"a {parent} must start with {OneOf(slot)}, not {what}"
                : $"child {index + 1} of a {parent} must be {OneOf(slot)}, not {what}";
        }

        return $"a {parent} may contain only {allowed} nodes, not {what}";
    }

    private static string OneOf(AdfChildRule[] slot) => slot.Length == 1
        ? Article(slot[0].Type) + " " + slot[0].Type
        : "one of " + string.Join(", ", slot.Select(c => c.Type));

    private static string Article(string word) => "aeiouAEIOU".Contains(word[0], StringComparison.Ordinal) ? "an" : "a";

    private static void CheckAttributes(string owner, AdfAttributes? attributes, AdfAttributeShape[] shapes, bool required, string path, List<AdfProblem> problems)
    {
        var attrsPath = Join(path, "attrs");
        if (shapes.Length == 0)
        {
            if (attributes is { Count: > 0 })
            {
                problems.Add(new(attrsPath, $"a {owner} has no attributes"));
            }

            return;
        }

        if (attributes is null || attributes.Count == 0)
        {
            var needed = shapes[0].Required;
            if (required || needed.Length > 0)
            {
                problems.Add(new(attrsPath, needed.Length == 0
                    ? $"a {owner} needs attrs"
                    : $"a {owner} needs the attribute{(needed.Length == 1 ? "" : "s")} {string.Join(", ", needed)}"));
            }

            return;
        }

        List<AdfProblem>? best = null;
        foreach (var shape in shapes)
        {
            var attempt = new List<AdfProblem>();
            CheckShape(owner, attributes, shape, attrsPath, attempt);
            if (attempt.Count == 0)
            {
                return;
            }

            if (best is null || attempt.Count < best.Count)
            {
                best = attempt;
            }
        }

        problems.AddRange(best!);
    }

    private static void CheckShape(string owner, AdfAttributes attributes, AdfAttributeShape shape, string path, List<AdfProblem> problems)
    {
        foreach (var name in shape.Required)
        {
            if (!attributes.Contains(name))
            {
                problems.Add(new(Join(path, name), $"a {owner} needs the attribute {name}"));
            }
        }

        foreach (var (name, value) in attributes)
        {
            var rule = Array.Find(shape.Properties, p => p.Name == name);
            if (rule is null)
            {
                problems.Add(new(Join(path, name), $"a {owner} has no attribute '{name}' (it has {string.Join(", ", shape.Properties.Select(p => p.Name))})"));
                continue;
            }

            var problem = CheckValue(rule, value);
            if (problem is not null)
            {
                problems.Add(new(Join(path, name), problem));
            }
        }
    }

    private static string? CheckValue(AdfAttributeRule rule, AdfValue value)
    {
        if (rule.Enum is { } values)
        {
            var text = value.AsString();
            return text is not null && Array.IndexOf(values, text) >= 0
                ? null
                : $"must be one of {string.Join(", ", values.Select(v => v.Replace("\n", "\\n", StringComparison.Ordinal)))}, not {Show(value)}";
        }

        switch (rule.Kind)
        {
            case AdfAttributeKind.String:
                var text = value.AsString();
                if (text is null)
                {
                    return $"must be a string, not {Show(value)}";
                }

                if (rule.MinLength is { } minLength && text.Length < minLength)
                {
                    return $"must have at least {minLength} character{(minLength == 1 ? "" : "s")}";
                }

                if (rule.Pattern is { } pattern && !PatternFor(pattern).IsMatch(text))
                {
                    return $"must match {pattern}, not {Show(value)}";
                }

                return null;
            case AdfAttributeKind.Number:
                if (value.AsNumber() is not { } number)
                {
                    return $"must be a number, not {Show(value)}";
                }

                if ((rule.Minimum is { } min && number < min) || (rule.Maximum is { } maximum && number > maximum))
                {
                    return $"must be from {Bound(rule.Minimum)} to {Bound(rule.Maximum)}, not {number.ToString(CultureInfo.InvariantCulture)}";
                }

                return null;
            case AdfAttributeKind.Boolean:
                return value.AsBoolean() is null ? $"must be true or false, not {Show(value)}" : null;
            case AdfAttributeKind.Array:
                return value.Kind == AdfValueKind.Json && value.ToJsonElement().ValueKind == System.Text.Json.JsonValueKind.Array ? null : $"must be an array, not {Show(value)}";
            default:
                return null;
        }
    }

    private static string Bound(double? bound) => bound?.ToString(CultureInfo.InvariantCulture) ?? "any";

    // Values are user content: shown short, so a problem list stays readable.
    private static string Show(AdfValue value)
    {
        var text = value.Kind == AdfValueKind.String ? "'" + value.AsString() + "'" : value.ToString();
        return text.Length > 40 ? text[..37] + "..." : text;
    }

    private static Regex PatternFor(string pattern)
    {
        lock (Patterns)
        {
            if (!Patterns.TryGetValue(pattern, out var regex))
            {
                regex = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
                Patterns[pattern] = regex;
            }

            return regex;
        }
    }

    private static string Join(string path, string member) => path.Length == 0 ? member : path + "." + member;
}
