using System.Collections;
using System.Net.Http.Headers;
using System.Text;

namespace Scopewise;

/// <summary>
/// The state of a header log event: one name/value pair per header, values already redacted. The HttpClientFactory's
/// own state type redacts only its formatted text and hands structured loggers (Serilog, OpenTelemetry, JSON) the raw
/// values, Authorization included, on every Microsoft.Extensions.Http version; here the pairs themselves are clean.
/// </summary>
internal sealed class RedactedHeadersLogValue : IReadOnlyList<KeyValuePair<string, object?>>
{
    private const string Redacted = "*";
    private readonly List<KeyValuePair<string, object?>> _values = [];
    private readonly string _title;

    public RedactedHeadersLogValue(string title, HttpHeaders headers, HttpHeaders? contentHeaders, Func<string, bool> shouldRedact)
    {
        _title = title;
        Add(headers, shouldRedact);
        if (contentHeaders is not null)
        {
            Add(contentHeaders, shouldRedact);
        }
    }

    public int Count => _values.Count;

    public KeyValuePair<string, object?> this[int index] => _values[index];

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString()
    {
        var text = new StringBuilder().AppendLine(_title);
        foreach (var (name, value) in _values)
        {
            text.Append(name).Append(": ").AppendLine((string?)value);
        }

        return text.ToString();
    }

    private void Add(HttpHeaders headers, Func<string, bool> shouldRedact)
    {
        // NonValidated: reading must not parse the values and so change what goes on the wire.
        foreach (var (name, values) in headers.NonValidated)
        {
            _values.Add(new(name, shouldRedact(name) ? Redacted : values.ToString()));
        }
    }
}
