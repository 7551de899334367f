namespace Scopewise.Runtime.Tests;

public sealed class TokenStoreTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "scopewise-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task The_file_store_round_trips_tokens()
    {
        var store = new FileTokenStore(Path.Combine(_folder, "nested", "tokens.json"));
        var tokens = new OAuthTokens("access", "refresh", new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero), ["read:me", "offline_access"]);

        Assert.Null(await store.LoadAsync());
        await store.SaveAsync(tokens);
        var loaded = await new FileTokenStore(store.Path).LoadAsync();

        Assert.Equal("access", loaded!.AccessToken);
        Assert.Equal("refresh", loaded.RefreshToken);
        Assert.Equal(tokens.ExpiresAt, loaded.ExpiresAt);
        Assert.Equal(["read:me", "offline_access"], loaded.Scopes);
    }

    [Fact]
    public async Task The_file_and_its_folder_are_readable_by_the_owner_only()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix permissions; on Windows the file inherits the profile folder's ACL.
        }

        var store = new FileTokenStore(Path.Combine(_folder, "tokens.json"));

        await store.SaveAsync(new OAuthTokens("a", "r", DateTimeOffset.UnixEpoch));
        await store.SaveAsync(new OAuthTokens("a2", "r2", DateTimeOffset.UnixEpoch));

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(store.Path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(_folder));
    }

    [Fact]
    public async Task Saving_replaces_the_file_whole_and_leaves_no_temporary_files()
    {
        var store = new FileTokenStore(Path.Combine(_folder, "tokens.json"));

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => store.SaveAsync(new OAuthTokens($"access-{i}", $"refresh-{i}", DateTimeOffset.UnixEpoch)).AsTask()));
        var loaded = await store.LoadAsync();

        Assert.Equal(loaded!.AccessToken.Replace("access", "refresh", StringComparison.Ordinal), loaded.RefreshToken);
        Assert.Equal(["tokens.json"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_corrupt_file_says_to_authorize_again()
    {
        Directory.CreateDirectory(_folder);
        var path = Path.Combine(_folder, "tokens.json");
        await File.WriteAllTextAsync(path, "{ not json");

        var error = await Assert.ThrowsAsync<TokenStoreException>(async () => await new FileTokenStore(path).LoadAsync());

        Assert.Contains("authorize again", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_leading_tilde_is_the_home_folder()
    {
        var store = new FileTokenStore("~/.config/scopewise-test/tokens.json");

        Assert.Equal(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config", "scopewise-test", "tokens.json"), store.Path);
    }
}
