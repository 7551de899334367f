using System;
using System.Reflection.Metadata;

namespace Scopewise.Build.Metadata;

/// <summary>A method definition in one loaded assembly: a node of the call graph.</summary>
internal readonly struct MethodKey : IEquatable<MethodKey>
{
    public MethodKey(LoadedAssembly assembly, MethodDefinitionHandle handle)
    {
        Assembly = assembly;
        Handle = handle;
    }

    public LoadedAssembly Assembly { get; }

    public MethodDefinitionHandle Handle { get; }

    public bool Equals(MethodKey other) => ReferenceEquals(Assembly, other.Assembly) && Handle == other.Handle;

    public override bool Equals(object? obj) => obj is MethodKey other && Equals(other);

    public override int GetHashCode() => (Assembly.GetHashCode() * 397) ^ Handle.GetHashCode();

    public override string ToString() => Assembly.Name + "!" + CallerNames.Describe(Assembly.Reader, Handle);
}
