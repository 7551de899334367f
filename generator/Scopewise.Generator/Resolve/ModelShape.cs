using System;
using System.Collections.Generic;
using System.Linq;
using Scopewise.Generator.Infrastructure;
using Scopewise.Generator.Model;

namespace Scopewise.Generator.Resolve;

/// <summary>
/// What a model class declares once inheritance is taken into account. The planner asks it once per model and once
/// per object in the JSON closure, so the model and the JSON metadata plans describe exactly the same members.
/// </summary>
internal sealed class ModelShape
{
    public const string ExtensionDataName = "AdditionalProperties";

    private readonly Dictionary<string, TypeModel> _types;

    // Both emitters ask for every class's declared members, and again for each base of every derived class.
    private readonly Dictionary<string, EquatableArray<PropertyModel>> _declared = new(StringComparer.Ordinal);

    public ModelShape(IEnumerable<TypeModel> types) => _types = types.ToDictionary(t => t.Name, StringComparer.Ordinal);

    public TypeModel? Find(string name) => _types.TryGetValue(name, out var type) ? type : null;

    /// <summary>The base chain, nearest first.</summary>
    public IEnumerable<TypeModel> Bases(TypeModel type)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { type.Name };
        for (var current = type.BaseType; current is not null && seen.Add(current) && _types.TryGetValue(current, out var baseType); current = baseType.BaseType)
        {
            yield return baseType;
        }
    }

    /// <summary>Properties the class itself declares: those a base class already maps to the same JSON name stay with the base.</summary>
    public EquatableArray<PropertyModel> Declared(TypeModel type)
    {
        if (!_declared.TryGetValue(type.Name, out var declared))
        {
            var inherited = new HashSet<string>(Bases(type).SelectMany(b => b.Properties).Select(p => p.JsonName), StringComparer.Ordinal);
            declared = inherited.Count == 0 ? type.Properties : type.Properties.Where(p => !inherited.Contains(p.JsonName)).ToEquatableArray();
            _declared.Add(type.Name, declared);
        }

        return declared;
    }

    /// <summary>Whether a C# name is already used by a base class (the derived member then needs <c>new</c>).</summary>
    public bool HidesInherited(TypeModel type, string name)
        => Bases(type).Any(b => Declared(b).Any(p => p.Name == name) || (DeclaresExtensionData(b) && ExtensionDataMember(b) == name));

    /// <summary>Whether this class (not a base) holds the extension-data dictionary: only one per hierarchy is allowed.</summary>
    public bool DeclaresExtensionData(TypeModel type) => type.KeepsExtensionData && !Bases(type).Any(b => b.KeepsExtensionData);

    /// <summary>The C# name of the extension-data dictionary, clear of the class's own property names.</summary>
    public string ExtensionDataMember(TypeModel type)
    {
        var taken = new HashSet<string>(type.Properties.Select(p => p.Name).Append(type.Name), StringComparer.Ordinal);
        var name = ExtensionDataName;
        for (var i = 2; taken.Contains(name); i++)
        {
            name = ExtensionDataName + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return name;
    }
}
