using Scopewise.Build.Manifest;
using Scopewise.Demo.Infrastructure;

namespace Scopewise.Demo.Commands;

/// <summary>
/// `scopes ASSEMBLY`: the OAuth scopes a compiled assembly's code needs, read the way the build's manifest task reads
/// them (the other .dlls beside it count as its libraries), with descriptions from the bundled scope tables.
/// </summary>
public static class ScopesCommand
{
    /// <summary>Prints the manifest for people.</summary>
    public static int Run(CommandContext context)
    {
        context.Arguments.AllowOnly("style");
        var path = context.Arguments.Word(1) ?? throw new UsageException("`scopes` needs the path of a built assembly, for example: scopes bin/Debug/net10.0/MyApp.dll.");
        var options = ScopeManifestOptions.ForOutputFolder(path);
        options.Style = ScopeManifestOptions.ParseStyle(context.Arguments.Option("style"));
        foreach (var table in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "specs"), "*.scopes.json").Order(StringComparer.Ordinal))
        {
            options.ScopeTablePaths.Add(table);
        }

        var result = ScopeManifestReader.Read(options);
        ScopeManifestPrinter.Print(result.Manifest, context.Output);
        foreach (var diagnostic in result.Diagnostics)
        {
            context.Status.WriteLine(diagnostic.ToString());
        }

        return ExitCodes.Ok;
    }
}
