namespace Scopewise.Demo.Infrastructure;

/// <summary>The command line cannot be carried out as written; the message says what to type instead.</summary>
public sealed class UsageException(string message) : Exception(message);
