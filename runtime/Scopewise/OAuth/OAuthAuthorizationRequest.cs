namespace Scopewise;

/// <summary>An authorize URL and the random <c>state</c> that must come back with the code.</summary>
/// <param name="Url">The URL to open in the user's browser.</param>
/// <param name="State">The value to compare with the <c>state</c> of the callback.</param>
/// <param name="RedirectUri">The redirect URI the code will be sent to; the code exchange must name it again.</param>
public sealed record OAuthAuthorizationRequest(Uri Url, string State, Uri RedirectUri);
