using System.Security.Cryptography;

namespace Scopewise.Sandbox;

/// <summary>Random, URL-safe secrets: tokens must not be guessable even in a test server users may expose on a LAN by mistake.</summary>
internal static class SecretGenerator
{
    public static string Create(string prefix, int bytes = 24)
        => prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
