using System.Globalization;
using System.Text;

namespace Scopewise.Benchmarks.Adf;

/// <summary>The inputs of the ADF benchmarks: paragraph texts and a 100 KB Markdown release-notes file.</summary>
internal static class AdfFixtures
{
    public const int Paragraphs = 1000;

    /// <summary>One text per paragraph, made once so that both sides of a comparison write the same strings.</summary>
    public static string[] ParagraphTexts() =>
        Enumerable.Range(1, Paragraphs).Select(i => $"Paragraph {i.ToString(CultureInfo.InvariantCulture)}: the deployment finished and every check passed. ").ToArray();

    /// <summary>About 100 KB of Markdown as release notes are written: headings, paragraphs with bold, italic, code
    /// and links, bullet lists and fenced code blocks.</summary>
    public static string Markdown100KB()
    {
        var text = new StringBuilder(110_000);
        for (var release = 1; text.Length < 100_000; release++)
        {
            var version = "2." + release.ToString(CultureInfo.InvariantCulture);
            text.Append("## Release ").Append(version).Append("\n\n");
            text.Append("This release makes **uploads faster** and *startup leaner*; see the `Retry` option and the ")
                .Append("[migration guide](https://example.com/docs/").Append(version).Append(") before upgrading.\n\n");
            text.Append("- Fixed issue ").Append(release * 7).Append(" in the pager\n- Added the **bulk** endpoint\n- Removed the `legacy` flag\n\n");
            text.Append("```csharp\nvar client = new Client(connection);\nawait client.SendAsync(request);\n```\n\n");
            text.Append("Thanks to everyone who reported problems and sent fixes for this version.\n\n");
        }

        return text.ToString();
    }
}
