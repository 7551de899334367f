using System.Text.Json;

namespace Scopewise;

/// <summary>
/// Keeps tokens in a JSON file readable by the owner only (mode 0600 in a 0700 folder on Linux and macOS; on Windows
/// the file inherits the folder's ACL, so keep it under the user profile). Writes are atomic: a temporary file is
/// written, flushed to disk and renamed over the old one, so a crash never leaves a half-written refresh token.
/// </summary>
public sealed class FileTokenStore : ITokenStore
{
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Creates a store backed by <paramref name="path"/>; the file and its folder are created on first save.</summary>
    /// <param name="path">The token file, for example <c>~/.config/my-tool/atlassian-tokens.json</c> (a leading <c>~</c> is the home folder).</param>
    public FileTokenStore(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ArgumentException("Give the path of the token file, for example ~/.config/my-tool/atlassian-tokens.json.", nameof(path));
        }

        // "~/" is what users write in configuration; expand it to the home folder as a shell would.
        if (path == "~" || path.StartsWith("~/", StringComparison.Ordinal) || path.StartsWith("~\\", StringComparison.Ordinal))
        {
            path = System.IO.Path.Join(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), path[1..].TrimStart('/', '\\'));
        }

        Path = System.IO.Path.GetFullPath(path);
    }

    /// <summary>The full path of the token file.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public async ValueTask<OAuthTokens?> LoadAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!File.Exists(Path))
            {
                return null;
            }

            var bytes = await File.ReadAllBytesAsync(Path, cancellationToken).ConfigureAwait(false);
            StoredTokensBody? body;
            try
            {
                body = JsonSerializer.Deserialize(bytes, ScopewiseJsonContext.Default.StoredTokensBody);
            }
            catch (JsonException ex)
            {
                throw new TokenStoreException($"The token file {Path} is not valid JSON ({ex.Message}). Delete it and authorize again.", ex);
            }

            if (body?.AccessToken is null)
            {
                throw new TokenStoreException($"The token file {Path} has no access_token. Delete it and authorize again.");
            }

            return new OAuthTokens(body.AccessToken, body.RefreshToken, body.ExpiresAt, body.Scopes);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask SaveAsync(OAuthTokens tokens, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(
            new StoredTokensBody { AccessToken = tokens.AccessToken, RefreshToken = tokens.RefreshToken, ExpiresAt = tokens.ExpiresAt, Scopes = [.. tokens.Scopes] },
            ScopewiseJsonContext.Default.StoredTokensBody);

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            CreateFolder();
            var temporary = Path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            try
            {
                var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
                if (!OperatingSystem.IsWindows())
                {
                    // Created owner-only from the first byte, never readable by others even for a moment.
                    options.UnixCreateMode = OwnerOnlyFile;
                }

                var stream = new FileStream(temporary, options);
                await using (stream.ConfigureAwait(false))
                {
                    await stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
                    stream.Flush(flushToDisk: true);
                }

                File.Move(temporary, Path, overwrite: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                TryDelete(temporary);
                throw new TokenStoreException($"Could not write the token file {Path}: {ex.Message}", ex);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private void CreateFolder()
    {
        var folder = System.IO.Path.GetDirectoryName(Path);
        if (string.IsNullOrEmpty(folder) || Directory.Exists(folder))
        {
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, OwnerOnlyFolder);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: a leftover temporary file holds nothing the real file does not.
        }
        catch (UnauthorizedAccessException)
        {
            // Same as above.
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"FileTokenStore({Path})";
}
