namespace Scopewise.Demo;

/// <summary>The demo's exit codes, so that scripts can tell a typo from a refused credential from a failed call.</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Ok = 0;

    /// <summary>The command line was wrong (unknown command, missing argument); the usage is printed.</summary>
    public const int Usage = 1;

    /// <summary>Configuration or authentication: missing SCOPEWISE_* variables, a refused credential, a missing scope, a login that failed.</summary>
    public const int Auth = 2;

    /// <summary>The API answered with an error (not found, conflict, rate limit after retries, removed endpoint...).</summary>
    public const int ApiError = 3;

    /// <summary>A file the command needs could not be read (`scopes` on a missing or unreadable assembly).</summary>
    public const int Input = 4;
}
