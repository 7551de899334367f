using Scopewise.Adf;
using Scopewise.Runtime.Tests.Adf.Schema;

namespace Scopewise.Runtime.Tests.Adf;

/// <summary>Every node and mark of Atlassian's ADF schema has a typed class, and a document using all of them
/// reads and writes back unchanged.</summary>
public sealed class AdfSchemaCoverageTests
{
    private static readonly AdfSchemaModel Schema = AdfGeneratedSourceTests.Schema;

    [Fact]
    public void The_schema_has_the_node_and_mark_types_this_version_documents()
    {
        // @atlaskit/adf-schema 57.7.22: update with specs/adf/README.md when the schema is refreshed.
        Assert.Equal(43, Schema.NodeTypes.Count);
        Assert.Equal(17, Schema.Marks.Count);
    }

    [Fact]
    public void Every_node_type_of_the_schema_has_its_own_class()
    {
        foreach (var type in Schema.NodeTypes)
        {
            var node = AdfNodeFactory.Create(type);
            Assert.IsNotType<AdfUnknownNode>(node);
            Assert.Equal(type, node.Type);
            Assert.Equal(AdfSourceEmitter.NodeClassName(type), node.GetType().Name);
        }
    }

    [Fact]
    public void Every_mark_type_of_the_schema_has_its_own_class()
    {
        foreach (var mark in Schema.Marks)
        {
            var created = AdfMarkFactory.Create(mark.Type);
            Assert.IsNotType<AdfUnknownMark>(created);
            Assert.Equal(mark.Type, created.Type);
            Assert.Equal(AdfSourceEmitter.MarkClassName(mark.Type), created.GetType().Name);
        }
    }

    [Fact]
    public void The_every_node_corpus_uses_every_node_and_mark_type_and_reads_them_as_typed_classes()
    {
        var document = AdfCorpus.EveryNode();
        var nodes = AdfCorpus.Descendants(document).ToList();
        Assert.Empty(Schema.NodeTypes.Except(nodes.Select(n => n.Type)));
        Assert.Empty(Schema.Marks.Select(m => m.Type).Except(nodes.SelectMany(n => n.MarksOrEmpty).Select(m => m.Type)));
        Assert.DoesNotContain(nodes, n => n is AdfUnknownNode);
        Assert.DoesNotContain(nodes.SelectMany(n => n.MarksOrEmpty), m => m is AdfUnknownMark);
    }

    [Fact]
    public void The_every_node_corpus_round_trips_through_Parse_and_ToJson()
    {
        var json = AdfCorpus.Read("every-node.json");
        AdfCorpus.AssertSameJson(json, AdfDocument.Parse(json).ToJson());
    }

    [Fact]
    public void The_every_node_corpus_is_valid()
    {
        Assert.Empty(AdfCorpus.EveryNode().Validate());
    }

    [Fact]
    public void Typed_properties_read_the_attributes()
    {
        var nodes = AdfCorpus.Descendants(AdfCorpus.EveryNode()).ToList();
        Assert.Equal(1, nodes.OfType<HeadingNode>().First().Level);
        Assert.Equal("info", nodes.OfType<PanelNode>().Single().PanelType);
        Assert.Equal("5b10ac8d82e05b22cc7d4ef5", nodes.OfType<MentionNode>().Single().Id);
        Assert.Equal(3, nodes.OfType<OrderedListNode>().Single().Order);
        Assert.Equal("external", nodes.OfType<MediaNode>().First().MediaType);
        Assert.Equal(120, nodes.OfType<TableCellNode>().First().Colwidth!.Value[0].GetInt32());
        Assert.False(nodes.OfType<TableNode>().Single().IsNumberColumnEnabled);
        var link = nodes.SelectMany(n => n.MarksOrEmpty).OfType<LinkMark>().Single();
        Assert.Equal("https://example.com/a?b=1&c=2", link.Href);
    }
}
