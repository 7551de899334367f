using System.Text;

namespace Scopewise.Sandbox;

/// <summary>Builds and reads <c>Basic</c> Authorization header values.</summary>
internal static class BasicAuthorization
{
    public static string Encode(string user, string secret)
        => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + secret));

    /// <summary>Decodes the part after <c>Basic </c>; false when it is not base64 of <c>user:secret</c>.</summary>
    public static bool TryDecode(string parameter, out string user, out string secret)
    {
        user = secret = string.Empty;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(parameter.Trim()));
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                return false;
            }

            user = text[..colon];
            secret = text[(colon + 1)..];
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
