using System;
using System.Collections.Generic;
using System.Linq;
using Scopewise.Build.Analysis;

namespace Scopewise.Build.Manifest;

/// <summary>One permission the calling account must hold, with the operations and calls that need it (issue 18).</summary>
public sealed class ManifestPermission
{
    internal ManifestPermission(string name, string level, IReadOnlyList<string> operations, IReadOnlyList<string> callSites)
    {
        Name = name;
        Level = level;
        Operations = operations;
        CallSites = callSites;
    }

    /// <summary>
    /// The permission as the spec names it ("Administer Jira", "Browse projects"), else the level itself ("product
    /// administrator"), or "not read: &lt;the spec's text&gt;" for text Scopewise could not read.
    /// </summary>
    public string Name { get; }

    /// <summary>
    /// The level: <c>productAccess</c>, <c>spaceOrProject</c>, <c>productAdmin</c>, <c>siteAdmin</c>, <c>appOwned</c> or
    /// <c>unknown</c>. With several, the highest the permission is needed at.
    /// </summary>
    public string Level { get; }

    /// <summary>The operations that need it (any one of several named permissions counts for "either of" texts).</summary>
    public IReadOnlyList<string> Operations { get; }

    /// <summary>The methods whose calls need it.</summary>
    public IReadOnlyList<string> CallSites { get; }
}

/// <summary>A called operation that Atlassian removed, will remove, deprecated or marks experimental.</summary>
public sealed class ManifestOperationNote
{
    internal ManifestOperationNote(string operation, string change, string? effective, string? changeId, string? details, string? replacement, IReadOnlyList<string> callSites)
    {
        Operation = operation;
        Change = change;
        Effective = effective;
        ChangeId = changeId;
        Details = details;
        Replacement = replacement;
        CallSites = callSites;
    }

    /// <summary>The operation's name (operationId).</summary>
    public string Operation { get; }

    /// <summary><c>removal</c> (dated; whether the date has passed is left to the reader, so the file does not change with the clock), <c>deprecated</c> or <c>experimental</c>.</summary>
    public string Change { get; }

    /// <summary>The removal date, <c>yyyy-MM-dd</c>.</summary>
    public string? Effective { get; }

    /// <summary>The changelog id (<c>CHANGE-2046</c>).</summary>
    public string? ChangeId { get; }

    /// <summary>The changelog link.</summary>
    public string? Details { get; }

    /// <summary>The generated method to use instead, when the spec or changelog names one.</summary>
    public string? Replacement { get; }

    /// <summary>The methods whose calls reach it.</summary>
    public IReadOnlyList<string> CallSites { get; }
}

/// <summary>Builds the manifest's permission and operation-note sections from the called operations.</summary>
internal static class ManifestPolicy
{
    private static readonly string[] Levels = { "unknown", "anonymous", "productAccess", "spaceOrProject", "productAdmin", "siteAdmin", "appOwned" };
    private static readonly string[] LevelNames = { "unknown", "anonymous", "product access", "a space or project permission", "product administrator", "site administrator", "app-owned (only apps can call it)" };

    public static (IReadOnlyList<ManifestPermission> Permissions, IReadOnlyList<ManifestOperationNote> Notes) Build(IEnumerable<(string Name, OperationPolicyRecord Policy, IReadOnlyList<string> CallSites)> operations)
    {
        var permissions = new SortedDictionary<string, (int Level, SortedSet<string> Operations, SortedSet<string> CallSites)>(StringComparer.Ordinal);
        var notes = new List<ManifestOperationNote>();
        foreach (var (name, policy, callSites) in operations)
        {
            if (policy.PermissionLevel is int level && level != 1)
            {
                var keys = policy.Permissions.Count > 0
                    ? policy.Permissions
                    : new[] { level == 0 ? "not read: " + (policy.PermissionText ?? "(no text)") : LevelNames[Math.Min(level, LevelNames.Length - 1)] };
                foreach (var key in keys)
                {
                    if (!permissions.TryGetValue(key, out var entry))
                    {
                        entry = (level, new SortedSet<string>(StringComparer.Ordinal), new SortedSet<string>(StringComparer.Ordinal));
                    }

                    entry.Operations.Add(name);
                    entry.CallSites.UnionWith(callSites);
                    permissions[key] = (Math.Max(entry.Level, level), entry.Operations, entry.CallSites);
                }
            }

            if (policy.RemovalEffective is { } effective)
            {
                notes.Add(new ManifestOperationNote(name, "removal", effective, policy.ChangeId, policy.Details, policy.Replacement, callSites));
            }
            else if (policy.Deprecated)
            {
                notes.Add(new ManifestOperationNote(name, "deprecated", null, null, null, null, callSites));
            }

            if (policy.Experimental)
            {
                notes.Add(new ManifestOperationNote(name, "experimental", null, null, null, null, callSites));
            }
        }

        var list = permissions.Select(p => new ManifestPermission(p.Key, Levels[Math.Min(p.Value.Level, Levels.Length - 1)], p.Value.Operations.ToList(), p.Value.CallSites.ToList())).ToList();
        notes.Sort((a, b) => string.CompareOrdinal(a.Change + " " + a.Operation, b.Change + " " + b.Operation));
        return (list, notes);
    }
}
