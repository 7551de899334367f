using System.Threading;

namespace Scopewise.Generator.Spec.Budgets;

/// <summary>
/// Checks a spec's shape budgets before any parser reads it, choosing the JSON or the YAML scanner by content.
/// </summary>
internal static class SpecShape
{
    /// <summary>
    /// The first budget the spec goes over, or null. <paramref name="yamlFileName"/> says the file is named
    /// <c>.yaml</c>/<c>.yml</c>; such a file that <see cref="LooksLikeJson"/> is scanned as JSON, and must then be
    /// parsed as JSON too: the JSON scanner reads strings and comments as Newtonsoft.Json does, not as YAML does.
    /// Throws only <see cref="System.OperationCanceledException"/>.
    /// </summary>
    public static BudgetExceeded? Check(string text, bool yamlFileName, SpecBudgets budgets, CancellationToken cancellationToken)
        => ReadsAsYaml(text, yamlFileName)
            ? YamlShapeScanner.Scan(text, budgets, cancellationToken)
            : JsonShapeScanner.Scan(text, budgets, cancellationToken);

    /// <summary>
    /// Whether a spec is read as YAML: a <c>.yaml</c>/<c>.yml</c> file that does not hold JSON. The scan, the spec
    /// markers and the parser all ask this, so that all three read the text the same way.
    /// </summary>
    public static bool ReadsAsYaml(string text, bool yamlFileName) => yamlFileName && !LooksLikeJson(text);

    /// <summary>
    /// Whether the first character after an optional byte-order mark and whitespace is <c>{</c>. JSON is YAML, and
    /// specs named <c>.yaml</c> that hold JSON exist; an OpenAPI document is an object, so a JSON spec starts with
    /// a brace, and a YAML spec starts with a key, a comment or <c>---</c>. (A YAML spec written as one flow
    /// mapping, <c>{openapi: 3.0.0, ...}</c>, would be taken for JSON and refused by the JSON parser; none is
    /// known in the wild.)
    /// </summary>
    public static bool LooksLikeJson(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\uFEFF' when i == 0:
                case ' ':
                case '\t':
                case '\r':
                case '\n':
                    continue;
                case '{':
                    return true;
                default:
                    return false;
            }
        }

        return false;
    }
}
