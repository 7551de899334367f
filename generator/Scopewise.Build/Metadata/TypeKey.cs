using System.Reflection.Metadata;

namespace Scopewise.Build.Metadata;

/// <summary>A type definition in one loaded assembly.</summary>
internal readonly struct TypeKey
{
    public TypeKey(LoadedAssembly assembly, TypeDefinitionHandle handle)
    {
        Assembly = assembly;
        Handle = handle;
    }

    public LoadedAssembly Assembly { get; }

    public TypeDefinitionHandle Handle { get; }
}
