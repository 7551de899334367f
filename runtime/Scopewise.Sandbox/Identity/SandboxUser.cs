namespace Scopewise.Sandbox;

/// <summary>An account on the sandbox site. Credentials issued for it carry its permissions.</summary>
public sealed class SandboxUser
{
    internal SandboxUser(string accountId, string displayName, string email, string userName, string? password)
    {
        AccountId = accountId;
        DisplayName = displayName;
        Email = email;
        UserName = userName;
        Password = password;
    }

    /// <summary>The Atlassian account id (Cloud) or user key (Data Center).</summary>
    public string AccountId { get; }

    /// <summary>The name shown in the UI and returned by the current-user endpoints.</summary>
    public string DisplayName { get; }

    /// <summary>The e-mail address: the user part of Basic auth with API tokens.</summary>
    public string Email { get; }

    /// <summary>The Data Center user name: the user part of Basic auth with a password.</summary>
    public string UserName { get; }

    /// <summary>
    /// What the user may administer; <see cref="SandboxRole.User"/> unless set. Operations that need a product or site
    /// administrator (their spec's "Permissions required" text) answer 403 to a user below it.
    /// </summary>
    public SandboxRole Role { get; set; } = SandboxRole.User;

    /// <summary>The Data Center password, when one was set. Cloud refuses Basic auth with passwords.</summary>
    internal string? Password { get; }

    /// <summary>Builds <c>Basic base64(user name:password)</c> for Data Center; throws when the user has no password.</summary>
    public string PasswordBasicAuthorization
        => Password is null
            ? throw new InvalidOperationException($"User '{DisplayName}' was created without a password; pass one to CreateUser.")
            : BasicAuthorization.Encode(UserName, Password);

    /// <inheritdoc />
    public override string ToString() => $"{DisplayName} <{Email}> ({AccountId})";
}
