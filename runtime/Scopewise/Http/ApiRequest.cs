using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Scopewise;

/// <summary>
/// One call to a REST operation, as a generated method builds it: the operation, the path relative to the
/// product root with its values filled in, query, headers and body. The runtime adds base address and credentials.
/// </summary>
public sealed class ApiRequest
{
    // Created on first use: most calls have no extra headers, many no query.
    private List<KeyValuePair<string, string>>? _query;
    private List<KeyValuePair<string, string>>? _headers;

    /// <summary>Creates a request for <paramref name="operation"/>.</summary>
    /// <param name="operation">The operation being called.</param>
    /// <param name="path">The path relative to the product root with escaped values filled in (<c>/wiki/api/v2/pages/123</c>).</param>
    public ApiRequest(ApiOperationInfo operation, string path)
    {
        Operation = operation ?? throw new ArgumentNullException(nameof(operation));
        Path = path ?? throw new ArgumentNullException(nameof(path));
    }

    /// <summary>The operation being called.</summary>
    public ApiOperationInfo Operation { get; }

    /// <summary>The HTTP method.</summary>
    public HttpMethod Method => Operation.Method;

    /// <summary>The path relative to the product root, values filled in and escaped.</summary>
    public string Path { get; }

    /// <summary>The query parameters in the order they were added, values not yet escaped.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Query => (IReadOnlyList<KeyValuePair<string, string>>?)_query ?? [];

    /// <summary>Extra request headers added by the operation (not credentials).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers => (IReadOnlyList<KeyValuePair<string, string>>?)_headers ?? [];

    /// <summary>Creates the body for one attempt; <see langword="null"/> when the request has none. Called again for each retry.</summary>
    public Func<HttpContent>? ContentFactory { get; set; }

    /// <summary>Whether the body can be sent more than once (false for a non-seekable stream).</summary>
    public bool IsContentRepeatable { get; set; } = true;

    /// <summary>Adds a query parameter when <paramref name="value"/> is not null.</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="value">The value, unescaped; null adds nothing.</param>
    public void AddQuery(string name, string? value)
    {
        if (value is not null)
        {
            (_query ??= []).Add(new(name, value));
        }
    }

    /// <summary>Adds an array query parameter, either as one comma-separated value or as one parameter per item.</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="values">The values, unescaped; null or empty adds nothing.</param>
    /// <param name="explode">True for <c>a=1&amp;a=2</c> (OpenAPI's default for form style), false for <c>a=1,2</c>.</param>
    public void AddQuery(string name, IEnumerable<string>? values, bool explode)
    {
        if (values is null)
        {
            return;
        }

        if (explode)
        {
            foreach (var value in values)
            {
                (_query ??= []).Add(new(name, value));
            }

            return;
        }

        var joined = string.Join(",", values);
        if (joined.Length > 0)
        {
            (_query ??= []).Add(new(name, joined));
        }
    }

    /// <summary>Adds a request header when <paramref name="value"/> is not null.</summary>
    /// <param name="name">The header name.</param>
    /// <param name="value">The value; null adds nothing.</param>
    public void AddHeader(string name, string? value)
    {
        if (value is not null)
        {
            (_headers ??= []).Add(new(name, value));
        }
    }

    /// <summary>Serializes <paramref name="value"/> as the JSON body, once; each attempt sends the same bytes.</summary>
    /// <typeparam name="T">The body type.</typeparam>
    /// <param name="value">The body.</param>
    /// <param name="typeInfo">The serialization metadata for <typeparamref name="T"/>.</param>
    public void SetJsonBody<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);
        ContentFactory = () => ApiContent.Json(bytes);
        IsContentRepeatable = true;
        JsonBody = bytes;
    }

    /// <summary>Uses <paramref name="content"/> as the body (for example a multipart upload).</summary>
    /// <param name="content">The body; sent once unless <paramref name="repeatable"/> is true.</param>
    /// <param name="repeatable">Whether the same content object may be sent again on a retry.</param>
    public void SetContent(HttpContent content, bool repeatable = false)
    {
        ArgumentNullException.ThrowIfNull(content);
        ContentFactory = () => content;
        IsContentRepeatable = repeatable;
        JsonBody = null;
    }

    /// <summary>The serialized JSON body set by <see cref="SetJsonBody{T}"/>; paging rewrites it for POST searches.</summary>
    internal byte[]? JsonBody { get; private set; }

    /// <summary>A copy for another page at <paramref name="pathAndQuery"/> (a next link, query included): same operation, headers and body.</summary>
    internal ApiRequest ForPath(string pathAndQuery)
    {
        var copy = new ApiRequest(Operation, pathAndQuery);
        copy.CopyBodyAndHeadersFrom(this);
        return copy;
    }

    /// <summary>
    /// A copy with one paging parameter set: in the JSON body when the request has one and is not a GET (Jira's POST
    /// searches), otherwise in the query, replacing any earlier value.
    /// </summary>
    internal ApiRequest WithPagingParameter(string name, string value, bool numeric)
    {
        var copy = new ApiRequest(Operation, Path);
        copy.CopyBodyAndHeadersFrom(this);
        if (JsonBody is not null && Method != HttpMethod.Get)
        {
            if (_query is not null)
            {
                copy._query = [.. _query];
            }

            var bytes = JsonBodyRewriter.SetProperty(JsonBody, name, value, numeric);
            copy.ContentFactory = () => ApiContent.Json(bytes);
            copy.JsonBody = bytes;
            return copy;
        }

        copy._query = [.. Query.Where(q => !string.Equals(q.Key, name, StringComparison.Ordinal)), new(name, value)];
        return copy;
    }

    private void CopyBodyAndHeadersFrom(ApiRequest source)
    {
        if (source._headers is not null)
        {
            _headers = [.. source._headers];
        }

        ContentFactory = source.ContentFactory;
        IsContentRepeatable = source.IsContentRepeatable;
        JsonBody = source.JsonBody;
    }

    /// <summary>The path and escaped query, as sent relative to the product root.</summary>
    public string PathAndQuery
    {
        get
        {
            if (_query is null)
            {
                return Path;
            }

            var text = new DefaultInterpolatedStringHandler(0, 0, null, stackalloc char[256]);
            text.AppendLiteral(Path);
            AppendQuery(ref text, Path, _query);
            return text.ToStringAndClear();
        }
    }

    /// <summary>
    /// <paramref name="root"/> (a base address without trailing slash), <paramref name="path"/> (this request's path as the
    /// route maps it) and the escaped query as one string, without the intermediate strings of <see cref="PathAndQuery"/>.
    /// </summary>
    internal string FormatUri(string root, string path)
    {
        var slash = path.Length != 0 && path[0] != '/';
        if (_query is null)
        {
            return slash ? string.Concat(root, "/", path) : string.Concat(root, path);
        }

        var text = new DefaultInterpolatedStringHandler(0, 0, null, stackalloc char[512]);
        text.AppendLiteral(root);
        if (slash)
        {
            text.AppendLiteral("/");
        }

        text.AppendLiteral(path);
        AppendQuery(ref text, path, _query);
        return text.ToStringAndClear();
    }

    private static void AppendQuery(ref DefaultInterpolatedStringHandler text, string path, List<KeyValuePair<string, string>> query)
    {
        var separator = path.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        foreach (var pair in query)
        {
            text.AppendLiteral(separator);
            text.AppendLiteral(Uri.EscapeDataString(pair.Key));
            text.AppendLiteral("=");
            text.AppendLiteral(Uri.EscapeDataString(pair.Value));
            separator = "&";
        }
    }

    /// <summary>The extra headers without a copy or an enumerator object; null when there are none.</summary>
    internal List<KeyValuePair<string, string>>? HeaderList => _headers;

    /// <inheritdoc />
    public override string ToString() => $"{Method} {Operation.PathTemplate} ({Operation.OperationId})";
}
