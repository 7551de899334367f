using Scopewise.Generator.Infrastructure;

namespace Scopewise.Generator.Model;

/// <summary>
/// Everything the generator knows about one spec after parsing: plain, value-equatable data.
/// No NSwag object passes this point, so the pipeline can cache it and compare it cheaply.
/// </summary>
internal sealed record ApiModel(
    string FilePath,
    string Title,
    string? Version,
    string ServerPathPrefix,
    EquatableArray<OperationModel> Operations,
    EquatableArray<TypeModel> Types,
    EquatableArray<DiagnosticInfo> Diagnostics,
    int SpecOperationCount)
{
    /// <summary>Whether the spec could not be read at all.</summary>
    public bool Failed { get; init; }

    public static ApiModel Failure(string filePath, DiagnosticInfo diagnostic) => new(
        filePath,
        string.Empty,
        null,
        string.Empty,
        EquatableArray<OperationModel>.Empty,
        EquatableArray<TypeModel>.Empty,
        new[] { diagnostic }.ToEquatableArray(),
        0)
    { Failed = true };
}
