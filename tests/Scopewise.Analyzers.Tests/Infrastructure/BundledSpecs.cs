namespace Scopewise.Analyzers.Tests.Infrastructure;

/// <summary>Files from the repository's specs folder, embedded in the test assembly.</summary>
internal static class BundledSpecs
{
    public static string Read(string name)
    {
        using var stream = typeof(BundledSpecs).Assembly.GetManifestResourceStream("specs/" + name)
            ?? throw new InvalidOperationException("specs/" + name + " is not embedded in the test assembly; see the test project's EmbeddedResource items.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The global analyzer config MSBuild writes for an AdditionalFiles item with ScopewiseKind metadata.</summary>
    public static string KindMetadataConfig(string path, string kind) =>
        "is_global = true\n[" + path + "]\nbuild_metadata.AdditionalFiles.ScopewiseKind = " + kind + "\n";
}
