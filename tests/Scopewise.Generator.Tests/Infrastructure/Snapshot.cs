using System.Reflection;

namespace Scopewise.Generator.Tests.Infrastructure;

/// <summary>
/// Snapshot assertions following Verify's conventions (Verify itself cannot be restored here): the expected text is
/// committed as <c>Snapshots/Name.verified.cs</c>; on a mismatch the actual text is written beside it as
/// <c>Name.received.cs</c> (git-ignored) so a reviewer can diff and, if right, rename it to accept it.
/// </summary>
public static class Snapshot
{
    private static readonly string Directory = typeof(Snapshot).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "SnapshotDirectory").Value!;

    public static void Match(string actual, string name)
    {
        var directory = Directory;
        var verified = Path.Combine(directory, name + ".verified.cs");
        var received = Path.Combine(directory, name + ".received.cs");
        actual = actual.Replace("\r\n", "\n");
        if (File.Exists(verified) && File.ReadAllText(verified).Replace("\r\n", "\n") == actual)
        {
            File.Delete(received);
            return;
        }

        System.IO.Directory.CreateDirectory(directory);
        File.WriteAllText(received, actual);
        Assert.Fail(File.Exists(verified)
            ? $"Snapshot '{name}' differs. Compare {received} with {verified}; if the new output is right, replace the verified file with it."
            : $"Snapshot '{name}' has no verified file yet. Review {received}; if it is right, rename it to {Path.GetFileName(verified)}.");
    }
}
