using System.Text.Json.Serialization;

namespace Scopewise.Demo.Infrastructure;

/// <summary>Source-generated JSON for the few values the demo builds itself (Jira's issue fields).</summary>
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class DemoJson : JsonSerializerContext
{
}
