using System.Text.Json;
using Scopewise.Adf;
using Scopewise.Runtime.Tests.Adf.Schema;

namespace Scopewise.Runtime.Tests.Adf;

/// <summary>The hand-made ADF documents under tests/Scopewise.Runtime.Tests/Adf/Corpus and JSON comparison helpers.</summary>
internal static class AdfCorpus
{
    public static string Folder => Path.Combine(RepositoryRoot.Path, "tests", "Scopewise.Runtime.Tests", "Adf", "Corpus");

    public static string Read(string file) => File.ReadAllText(Path.Combine(Folder, file));

    public static AdfDocument EveryNode() => AdfDocument.Parse(Read("every-node.json"));

    public static void AssertSameJson(string expected, string actual)
    {
        using var left = JsonDocument.Parse(expected);
        using var right = JsonDocument.Parse(actual);
        Assert.True(JsonElement.DeepEquals(left.RootElement, right.RootElement), $"JSON differs.\nexpected: {left.RootElement.GetRawText()}\nactual:   {right.RootElement.GetRawText()}");
    }

    public static IEnumerable<AdfNode> Descendants(AdfNode node)
    {
        yield return node;
        foreach (var child in node.ContentOrEmpty)
        {
            foreach (var descendant in Descendants(child))
            {
                yield return descendant;
            }
        }
    }
}
