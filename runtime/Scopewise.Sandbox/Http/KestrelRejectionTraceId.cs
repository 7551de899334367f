using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using Microsoft.AspNetCore.Connections;

namespace Scopewise.Sandbox;

/// <summary>
/// Kestrel refuses some requests itself, before any middleware runs (<c>%00</c> in the path, a malformed request
/// line), with a bare <c>400</c> and <c>Connection: close</c>. This connection middleware adds the trace id headers the
/// sandbox puts on every other answer, so that such a refusal can be found in a log like any other. It rewrites only a
/// response that starts with Kestrel's own bare 400 header block; every other byte passes through untouched.
/// </summary>
internal static class KestrelRejectionTraceId
{
    public static Func<ConnectionDelegate, ConnectionDelegate> Middleware => next => connection =>
    {
        connection.Transport = new Transport(connection.Transport);
        return next(connection);
    };

    private sealed class Transport(IDuplexPipe inner) : IDuplexPipe
    {
        public PipeReader Input { get; } = inner.Input;

        public PipeWriter Output { get; } = new Writer(inner.Output);
    }

    private sealed class Writer(PipeWriter inner) : PipeWriter
    {
        // Kestrel's answer to a request it could not parse; the sandbox's own answers always carry X-Request-Id.
        private static readonly byte[] BareBadRequest = "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n"u8.ToArray();
        private static readonly byte[] StatusLine = "HTTP/1.1 400 Bad Request\r\n"u8.ToArray();

        private Memory<byte> _lent;

        public override Memory<byte> GetMemory(int sizeHint = 0) => _lent = inner.GetMemory(sizeHint);

        public override Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

        public override void Advance(int bytes)
        {
            var written = _lent.Span[..Math.Min(bytes, _lent.Length)];
            if (bytes != written.Length || !written.StartsWith(BareBadRequest))
            {
                inner.Advance(bytes);
                return;
            }

            var id = Guid.NewGuid().ToString("N");
            var headers = Encoding.ASCII.GetBytes($"X-Request-Id: {id}\r\nATL-TraceId: {id}\r\n");
            var rewritten = new byte[written.Length + headers.Length];
            StatusLine.CopyTo(rewritten, 0);
            headers.CopyTo(rewritten, StatusLine.Length);
            written[StatusLine.Length..].CopyTo(rewritten.AsSpan(StatusLine.Length + headers.Length));

            // The lent memory is not advanced yet, so writing the rewritten block reuses it from the start.
            inner.Write(rewritten);
        }

        public override void CancelPendingFlush() => inner.CancelPendingFlush();

        public override void Complete(Exception? exception = null) => inner.Complete(exception);

        public override ValueTask CompleteAsync(Exception? exception = null) => inner.CompleteAsync(exception);

        public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default) => inner.FlushAsync(cancellationToken);

        public override bool CanGetUnflushedBytes => inner.CanGetUnflushedBytes;

        public override long UnflushedBytes => inner.UnflushedBytes;
    }
}
