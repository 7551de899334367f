using System.Collections.Generic;
using Scopewise.Generator.Infrastructure;

namespace Scopewise.Generator.Resolve;

/// <summary>
/// Everything one spec generates, decided: every type, member and file name (collisions already resolved), each
/// operation with its scopes, each model's declared members, and the JSON metadata closure in its batches. The
/// emitters only print it. Plain, value-equatable data: the incremental pipeline caches and compares it.
/// </summary>
internal sealed record ClientPlan(
    string FilePath,
    string Namespace,
    string ClientName,
    string Title,
    string? Version,
    string Product,
    string PathPrefix,
    string HintName,
    EquatableArray<OperationPlan> Operations,
    EquatableArray<SubClientPlan> SubClients,
    JsonPlan Json,
    EquatableArray<ModelFilePlan> ModelFiles,
    EquatableArray<DiagnosticInfo> Diagnostics,
    long MaxGeneratedChars)
{
    /// <summary>Whether the spec could not be read: only <see cref="Diagnostics"/> is meaningful.</summary>
    public bool Failed { get; init; }

    /// <summary>The Atlassian Document Format accessors, when any model gets one (<see cref="AdfPlanner"/>).</summary>
    public AdfPlan? Adf { get; init; }

    /// <summary>The hint name of every file, in the order they are written.</summary>
    public IEnumerable<string> HintNames
    {
        get
        {
            if (Failed)
            {
                yield break;
            }

            yield return HintName;
            foreach (var sub in SubClients)
            {
                yield return sub.HintName;
            }

            yield return Json.HintName;
            foreach (var batch in Json.Batches)
            {
                yield return batch.HintName;
            }

            foreach (var file in ModelFiles)
            {
                yield return file.HintName;
            }

            if (Adf is not null)
            {
                yield return Adf.HintName;
            }
        }
    }

    public static ClientPlan Failure(string filePath, EquatableArray<DiagnosticInfo> diagnostics) => new(
        filePath,
        string.Empty,
        string.Empty,
        string.Empty,
        null,
        string.Empty,
        string.Empty,
        string.Empty,
        EquatableArray<OperationPlan>.Empty,
        EquatableArray<SubClientPlan>.Empty,
        JsonPlan.None,
        EquatableArray<ModelFilePlan>.Empty,
        diagnostics,
        0)
    { Failed = true };
}
