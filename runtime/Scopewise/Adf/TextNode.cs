using System.Text.Json;

namespace Scopewise.Adf;

/// <summary>A run of text, formatted by its marks. The fluent methods add a mark and return the node:
/// <c>Adf.Text("#42").Link(url).Strong()</c>.</summary>
public sealed partial class TextNode
{
    /// <summary>Creates a text node.</summary>
    /// <param name="text">The text; ADF wants at least one character.</param>
    public TextNode(string text)
        : this()
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
    }

    /// <summary>The text.</summary>
    public string? Text { get; set; }

    /// <summary>Adds a <c>link</c> mark.</summary>
    /// <param name="href">The link target.</param>
    /// <param name="title">An optional title.</param>
    public TextNode Link(string href, string? title = null)
    {
        var mark = new LinkMark { Href = href ?? throw new ArgumentNullException(nameof(href)) };
        if (title is not null)
        {
            mark.Title = title;
        }

        AddMark(mark);
        return this;
    }

    /// <summary>Adds a <c>link</c> mark.</summary>
    /// <param name="href">The link target.</param>
    public TextNode Link(Uri href) => Link((href ?? throw new ArgumentNullException(nameof(href))).OriginalString);

    /// <summary>Adds a <c>strong</c> (bold) mark.</summary>
    public TextNode Strong() => With(new StrongMark());

    /// <summary>Adds an <c>em</c> (italic) mark.</summary>
    public TextNode Em() => With(new EmMark());

    /// <summary>Adds a <c>code</c> (inline code) mark; ADF allows only <c>link</c> and <c>annotation</c> beside it.</summary>
    public TextNode Code() => With(new CodeMark());

    /// <summary>Adds a <c>strike</c> mark.</summary>
    public TextNode Strike() => With(new StrikeMark());

    /// <summary>Adds an <c>underline</c> mark.</summary>
    public TextNode Underline() => With(new UnderlineMark());

    /// <summary>Adds a <c>textColor</c> mark.</summary>
    /// <param name="color">A colour as <c>#rrggbb</c>.</param>
    public TextNode Color(string color) => With(new TextColorMark { Color = color });

    /// <summary>Adds a <c>backgroundColor</c> mark.</summary>
    /// <param name="color">A colour as <c>#rrggbb</c>.</param>
    public TextNode Background(string color) => With(new BackgroundColorMark { Color = color });

    /// <summary>Adds a <c>subsup</c> mark for subscript.</summary>
    public TextNode Subscript() => With(new SubsupMark { SubsupType = "sub" });

    /// <summary>Adds a <c>subsup</c> mark for superscript.</summary>
    public TextNode Superscript() => With(new SubsupMark { SubsupType = "sup" });

    /// <summary>Adds any mark.</summary>
    /// <param name="mark">The mark.</param>
    public TextNode With(AdfMark mark)
    {
        AddMark(mark ?? throw new ArgumentNullException(nameof(mark)));
        return this;
    }

    private protected override void WriteOwnMembers(Utf8JsonWriter writer)
    {
        if (Text is not null)
        {
            writer.WriteString(JsonNames.Text, Text);
        }
    }

    private protected override bool TryReadOwnMember(string name, JsonElement value)
    {
        if (name != "text" || value.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        Text = value.GetString();
        return true;
    }
}
