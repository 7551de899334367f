using System.Globalization;
using System.Text.Json.Nodes;

namespace Scopewise.Sandbox;

// Confluence writes beyond pages and labels: content properties and attachment deletion.
public sealed partial class SandboxStore
{
    private readonly List<SandboxContentProperty> _properties = [];
    private long _nextPropertyId = 80100;

    internal IReadOnlyList<SandboxContentProperty> PropertiesOf(SandboxContent content)
    {
        lock (_gate)
        {
            return _properties.Where(p => p.ContentId == content.Id).ToArray();
        }
    }

    internal SandboxContentProperty? FindProperty(SandboxContent content, string propertyId)
    {
        lock (_gate)
        {
            return _properties.FirstOrDefault(p => p.ContentId == content.Id && p.Id == propertyId);
        }
    }

    /// <summary>Adds a property; null when the content already has one with that key (Confluence answers 400).</summary>
    internal SandboxContentProperty? AddProperty(SandboxContent content, string key, JsonNode? value, string? authorId)
    {
        lock (_gate)
        {
            if (_properties.Any(p => p.ContentId == content.Id && p.Key == key))
            {
                return null;
            }

            var property = new SandboxContentProperty((++_nextPropertyId).ToString(CultureInfo.InvariantCulture), content.Id, key, value?.DeepClone(), 1, authorId, _clock.GetUtcNow());
            _properties.Add(property);
            return property;
        }
    }

    /// <summary>Saves the next version of a property; throws <see cref="VersionConflictException"/> unless <paramref name="number"/> is the next one.</summary>
    internal SandboxContentProperty UpdateProperty(SandboxContentProperty property, string key, JsonNode? value, int number, string? authorId)
    {
        lock (_gate)
        {
            var index = _properties.FindIndex(p => p.Id == property.Id);
            var current = _properties[index];
            if (number != current.Version + 1)
            {
                throw new VersionConflictException(current.Version, number);
            }

            var updated = current with { Key = key, Value = value?.DeepClone(), Version = number, AuthorId = authorId, UpdatedAt = _clock.GetUtcNow() };
            _properties[index] = updated;
            return updated;
        }
    }

    internal bool RemoveProperty(SandboxContentProperty property)
    {
        lock (_gate)
        {
            return _properties.RemoveAll(p => p.Id == property.Id) > 0;
        }
    }

    internal bool RemoveAttachment(SandboxAttachment attachment)
    {
        lock (_gate)
        {
            return _attachments.Remove(attachment);
        }
    }
}
