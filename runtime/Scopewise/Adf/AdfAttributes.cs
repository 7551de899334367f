using System.Collections;
using System.Text.Json;

namespace Scopewise.Adf;

/// <summary>
/// The <c>attrs</c> of a node or mark, in the order they were read or set. Attributes the typed properties do not
/// know (newer than the schema Scopewise was built from) are kept here and written back unchanged.
/// </summary>
public sealed class AdfAttributes : IEnumerable<KeyValuePair<string, AdfValue>>
{
    // Nodes carry zero to six attributes: a small array searched linearly beats a dictionary in time and memory.
    private KeyValuePair<string, AdfValue>[] _items = [];
    private int _count;

    /// <summary>How many attributes are set.</summary>
    public int Count => _count;

    /// <summary>The value of an attribute; setting replaces it or adds it at the end.</summary>
    /// <param name="name">The attribute name.</param>
    public AdfValue this[string name]
    {
        get => TryGetValue(name, out var value) ? value : throw new KeyNotFoundException($"The attribute '{name}' is not set.");
        set => Set(name, value);
    }

    /// <summary>Looks an attribute up.</summary>
    /// <param name="name">The attribute name.</param>
    /// <param name="value">Its value, when set.</param>
    public bool TryGetValue(string name, out AdfValue value)
    {
        var index = IndexOf(name);
        value = index >= 0 ? _items[index].Value : default;
        return index >= 0;
    }

    /// <summary>Whether an attribute is set.</summary>
    /// <param name="name">The attribute name.</param>
    public bool Contains(string name) => IndexOf(name) >= 0;

    /// <summary>Sets an attribute, replacing its value or adding it at the end.</summary>
    /// <param name="name">The attribute name.</param>
    /// <param name="value">The value.</param>
    public void Set(string name, AdfValue value)
    {
        ArgumentNullException.ThrowIfNull(name);
        var index = IndexOf(name);
        if (index >= 0)
        {
            _items[index] = new(name, value);
            return;
        }

        if (_count == _items.Length)
        {
            Array.Resize(ref _items, _count == 0 ? 2 : _count * 2);
        }

        _items[_count++] = new(name, value);
    }

    /// <summary>Removes an attribute.</summary>
    /// <param name="name">The attribute name.</param>
    /// <returns>Whether it was set.</returns>
    public bool Remove(string name)
    {
        var index = IndexOf(name);
        if (index < 0)
        {
            return false;
        }

        Array.Copy(_items, index + 1, _items, index, _count - index - 1);
        _items[--_count] = default;
        return true;
    }

    internal string? GetString(string name) => TryGetValue(name, out var value) ? value.AsString() : null;

    internal double? GetNumber(string name) => TryGetValue(name, out var value) ? value.AsNumber() : null;

    internal int? GetInt32(string name)
    {
        var number = GetNumber(name);
        return number is { } n && n == Math.Floor(n) && n >= int.MinValue && n <= int.MaxValue ? (int)n : null;
    }

    internal bool? GetBoolean(string name) => TryGetValue(name, out var value) ? value.AsBoolean() : null;

    internal JsonElement? GetJson(string name) => TryGetValue(name, out var value) && value.Kind != AdfValueKind.Null ? value.ToJsonElement() : null;

    internal void SetOrRemove(string name, string? value)
    {
        if (value is null) { Remove(name); } else { Set(name, AdfValue.FromString(value)); }
    }

    internal void SetOrRemove(string name, double? value)
    {
        if (value is null) { Remove(name); } else { Set(name, AdfValue.FromNumber(value.Value)); }
    }

    internal void SetOrRemove(string name, bool? value)
    {
        if (value is null) { Remove(name); } else { Set(name, AdfValue.FromBoolean(value.Value)); }
    }

    internal void SetOrRemove(string name, JsonElement? value)
    {
        if (value is null) { Remove(name); } else { Set(name, AdfValue.FromJson(value.Value)); }
    }

    internal void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        for (var i = 0; i < _count; i++)
        {
            writer.WritePropertyName(_items[i].Key);
            _items[i].Value.WriteTo(writer);
        }

        writer.WriteEndObject();
    }

    private int IndexOf(string name)
    {
        for (var i = 0; i < _count; i++)
        {
            if (string.Equals(_items[i].Key, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, AdfValue>> GetEnumerator()
    {
        for (var i = 0; i < _count; i++)
        {
            yield return _items[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
