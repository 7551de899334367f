using System.Text.Json.Nodes;

namespace Scopewise.Sandbox;

/// <summary>A content property: a key and a JSON value on a page or blog post, versioned like Confluence's.</summary>
/// <param name="Id">The property id (numeric).</param>
/// <param name="ContentId">The page or blog post it belongs to.</param>
/// <param name="Key">The key, unique per content.</param>
/// <param name="Value">The value as the client sent it.</param>
/// <param name="Version">The version number, from 1.</param>
/// <param name="AuthorId">Who wrote this version.</param>
/// <param name="UpdatedAt">When this version was written.</param>
internal sealed record SandboxContentProperty(string Id, string ContentId, string Key, JsonNode? Value, int Version, string? AuthorId, DateTimeOffset UpdatedAt);
