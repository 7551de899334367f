using System.Text.Json.Serialization;

namespace Scopewise;

/// <summary>Source-generated JSON metadata for the runtime's own wire shapes.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, WriteIndented = false)]
[JsonSerializable(typeof(TokenRequestBody))]
[JsonSerializable(typeof(TokenResponseBody))]
[JsonSerializable(typeof(TokenErrorBody))]
[JsonSerializable(typeof(List<AccessibleResourceBody>))]
[JsonSerializable(typeof(TenantInfoBody))]
[JsonSerializable(typeof(MeBody))]
[JsonSerializable(typeof(StoredTokensBody))]
internal sealed partial class ScopewiseJsonContext : JsonSerializerContext
{
}
