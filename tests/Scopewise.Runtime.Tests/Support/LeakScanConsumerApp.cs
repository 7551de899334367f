using System.Text.Json;
using Scopewise.Runtime.Tests.SecretScan;

namespace Scopewise.Runtime.Tests.Support;

/// <summary>
/// The console app under Consumers/LeakScanConsumer, built in a temp folder against the Scopewise.dll under test and
/// a chosen Microsoft.Extensions.Http package version, and run on a scenario input. The test process keeps the
/// sandbox (ASP.NET Core); the app has none, so its HttpClientFactory is the package's, as in a user's console app.
/// </summary>
internal static class LeakScanConsumerApp
{
    public static async Task<LeakScenarioOutput> RunAsync(string httpVersion, LeakScenarioInput input)
    {
        var folder = Path.Combine(Path.GetTempPath(), "scopewise-runtime-tests", $"leak-scan-{httpVersion}-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(folder);
            var template = Path.Combine(AppContext.BaseDirectory, "Consumers", "LeakScanConsumer");
            foreach (var file in Directory.GetFiles(template))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }

            File.Copy(Path.Combine(AppContext.BaseDirectory, "SecretScan", "LeakScenario.cs"), Path.Combine(folder, "LeakScenario.cs"));

            // Stop MSBuild's upward search: nothing from the temp folder's parents may shape the build.
            File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), "<Project />\n");
            File.WriteAllText(Path.Combine(folder, "Directory.Build.targets"), "<Project />\n");
            File.WriteAllText(Path.Combine(folder, "Directory.Packages.props"), "<Project />\n");

            var build = await Task.Run(() => DotNetProcess.Run(folder,
                ["build", "LeakScanConsumer.csproj", "-nodeReuse:false", "-v:m", "-c", "Release",
                 $"-p:MicrosoftExtensionsHttpVersion={httpVersion}",
                 $"-p:ScopewiseAssembly={Path.Combine(AppContext.BaseDirectory, "Scopewise.dll")}"],
                timeout: TimeSpan.FromMinutes(4)));
            Assert.True(build.ExitCode == 0, $"The consumer app did not build with Microsoft.Extensions.Http {httpVersion}: {build}");

            var inputFile = Path.Combine(folder, "input.json");
            var outputFile = Path.Combine(folder, "output.json");
            await File.WriteAllTextAsync(inputFile, JsonSerializer.Serialize(input));
            var run = await Task.Run(() => DotNetProcess.Run(folder,
                [Path.Combine(folder, "bin", "Release", "net10.0", "LeakScanConsumer.dll"), inputFile, outputFile],
                timeout: TimeSpan.FromMinutes(1)));
            Assert.True(run.ExitCode == 0, $"The consumer app failed: {run}");
            return JsonSerializer.Deserialize<LeakScenarioOutput>(await File.ReadAllTextAsync(outputFile))!;
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A build node may still hold a file; the OS temp cleaner gets the rest.
            }
        }
    }
}
