using System.Text.Json;
using Scopewise.Runtime.Tests.SecretScan;

// Usage: LeakScanConsumer input.json output.json. Runs the scenario and writes what it captured; the test scans it.
var input = JsonSerializer.Deserialize<LeakScenarioInput>(await File.ReadAllTextAsync(args[0]))
    ?? throw new InvalidOperationException($"{args[0]} holds no scenario input.");
var output = await LeakScenario.RunAsync(input);
await File.WriteAllTextAsync(args[1], JsonSerializer.Serialize(output));
return 0;
