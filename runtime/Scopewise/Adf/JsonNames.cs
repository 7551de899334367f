using System.Text.Json;

namespace Scopewise.Adf;

/// <summary>The member names of ADF JSON, encoded once.</summary>
internal static class JsonNames
{
    public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
    public static readonly JsonEncodedText Attrs = JsonEncodedText.Encode("attrs");
    public static readonly JsonEncodedText Content = JsonEncodedText.Encode("content");
    public static readonly JsonEncodedText Marks = JsonEncodedText.Encode("marks");
    public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
    public static readonly JsonEncodedText Version = JsonEncodedText.Encode("version");
}
