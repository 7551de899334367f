using System.Text;
using Microsoft.AspNetCore.Http;

namespace Scopewise.Sandbox;

/// <summary>
/// Reads a request body before its handler does, so that a body over <see cref="SandboxOptions.MaxRequestBodyBytes"/>
/// is a 413 and a JSON body that is not UTF-8 is a 400 — both in the product's error shape with the trace id — rather
/// than an exception halfway through a handler. The handler then reads the buffered copy.
/// </summary>
internal static class RequestBodyGuard
{
    private const int ChunkSize = 81920;

    public static async Task<(int StatusCode, string Message)?> CheckAsync(HttpContext http, long maxBytes)
    {
        var request = http.Request;
        if (request.ContentLength is { } declared && declared > maxBytes)
        {
            return TooLarge(declared, maxBytes);
        }

        if (request.ContentLength == 0 || (request.ContentLength is null && !request.Headers.TransferEncoding.Any()))
        {
            return null;
        }

        var buffer = new MemoryStream();
        var chunk = new byte[ChunkSize];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, http.RequestAborted).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return TooLarge(null, maxBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        if (IsJson(request.ContentType) && !IsUtf8(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)))
        {
            return (400, "The request body is not valid UTF-8. Send JSON encoded as UTF-8 (Content-Type: application/json; charset=utf-8).");
        }

        buffer.Position = 0;
        request.Body = buffer;
        http.Response.RegisterForDispose(buffer);
        return null;
    }

    private static (int, string) TooLarge(long? declared, long maxBytes)
        => (413, $"The request body{(declared is { } size ? $" ({size} bytes)" : string.Empty)} is larger than the {maxBytes} bytes this server accepts (SandboxOptions.MaxRequestBodyBytes). Send a smaller body.");

    private static bool IsJson(string? contentType)
        => contentType is not null && (contentType.Contains("/json", StringComparison.OrdinalIgnoreCase) || contentType.Contains("+json", StringComparison.OrdinalIgnoreCase));

    private static bool IsUtf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            _ = StrictUtf8.GetCharCount(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
}
