using System.Text;

namespace Scopewise.Runtime.Tests.SecretScan;

/// <summary>
/// Looks for secrets in captured text, each as itself and in the encodings it travels in: base64 (Basic carries
/// base64 of <c>email:token</c>, so the token alone would not be found in a logged header) and URL-encoded.
/// </summary>
internal sealed class SecretScanner
{
    private readonly List<(string Name, string Needle)> _needles = [];

    /// <summary>Adds a secret under a name that a failure message may show (the value itself is never shown).</summary>
    public SecretScanner Add(string name, string secret)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        _needles.Add((name, secret));
        _needles.Add((name + " (base64)", Convert.ToBase64String(Encoding.UTF8.GetBytes(secret))));
        var escaped = Uri.EscapeDataString(secret);
        if (escaped != secret)
        {
            _needles.Add((name + " (URL-encoded)", escaped));
        }

        return this;
    }

    /// <summary>Adds the Basic credential <c>email:token</c> as it appears in an Authorization header.</summary>
    public SecretScanner AddBasic(string name, string email, string token)
    {
        _needles.Add((name + " (Basic base64 of email:token)", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{email}:{token}"))));
        return Add(name, token);
    }

    /// <summary>Every place a secret was found, as "name in source"; empty when the texts are clean.</summary>
    public IReadOnlyList<string> FindIn(IEnumerable<CapturedText> texts)
    {
        var found = new List<string>();
        foreach (var text in texts)
        {
            foreach (var (name, needle) in _needles)
            {
                if (text.Text.Contains(needle, StringComparison.Ordinal))
                {
                    found.Add($"{name} in {text.Source}");
                }
            }
        }

        return found.Distinct(StringComparer.Ordinal).ToList();
    }
}
