using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Scopewise.Build.Metadata;

/// <summary>One assembly read with System.Reflection.Metadata, fully in memory so that the file is never kept locked.</summary>
internal sealed class LoadedAssembly : IDisposable
{
    private readonly PEReader _pe;
    private Dictionary<string, TypeDefinitionHandle>? _typesByFullName;

    private LoadedAssembly(string path, PEReader pe, MetadataReader reader, bool hasBodies)
    {
        Path = path;
        _pe = pe;
        Reader = reader;
        HasBodies = hasBodies;
        Name = reader.IsAssembly ? reader.GetString(reader.GetAssemblyDefinition().Name) : System.IO.Path.GetFileNameWithoutExtension(path);
    }

    /// <summary>The file the assembly was read from.</summary>
    public string Path { get; }

    /// <summary>The assembly's simple name.</summary>
    public string Name { get; }

    /// <summary>The metadata.</summary>
    public MetadataReader Reader { get; }

    /// <summary>Whether the whole image was read, so that method bodies are available.</summary>
    public bool HasBodies { get; }

    /// <summary>
    /// Reads an assembly. <paramref name="withBodies"/> false reads only the metadata (enough to see what an assembly
    /// references), which keeps the screening of a hundred framework references cheap.
    /// </summary>
    /// <returns>The assembly, or null when the file is not a .NET assembly (a native library beside the managed ones).</returns>
    public static LoadedAssembly? Open(string path, bool withBodies)
    {
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        {
            var options = PEStreamOptions.LeaveOpen | (withBodies ? PEStreamOptions.PrefetchEntireImage : PEStreamOptions.PrefetchMetadata);
            var pe = new PEReader(stream, options);
            try
            {
                if (!pe.HasMetadata)
                {
                    pe.Dispose();
                    return null;
                }

                var reader = pe.GetMetadataReader();
                return new LoadedAssembly(path, pe, reader, withBodies);
            }
            catch (BadImageFormatException)
            {
                pe.Dispose();
                return null;
            }
        }
    }

    /// <summary>The simple names of the assemblies this one references.</summary>
    public IEnumerable<string> ReferencedAssemblyNames()
    {
        foreach (var handle in Reader.AssemblyReferences)
        {
            yield return Reader.GetString(Reader.GetAssemblyReference(handle).Name);
        }
    }

    /// <summary>Whether this is a reference assembly (public surface only, bodies replaced by <c>throw null</c>).</summary>
    public bool IsReferenceAssembly()
    {
        if (!Reader.IsAssembly)
        {
            return false;
        }

        foreach (var handle in Reader.GetAssemblyDefinition().GetCustomAttributes())
        {
            if (MetadataNames.AttributeTypeFullName(Reader, Reader.GetCustomAttribute(handle)) == "System.Runtime.CompilerServices.ReferenceAssemblyAttribute")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Finds a type by its metadata full name, nested types joined with '+' (<c>Ns.Outer+Inner</c>).</summary>
    public bool TryFindType(string fullName, out TypeDefinitionHandle handle)
    {
        if (_typesByFullName is null)
        {
            var map = new Dictionary<string, TypeDefinitionHandle>(StringComparer.Ordinal);
            foreach (var type in Reader.TypeDefinitions)
            {
                map[MetadataNames.TypeFullName(Reader, type)] = type;
            }

            _typesByFullName = map;
        }

        return _typesByFullName.TryGetValue(fullName, out handle);
    }

    /// <summary>The IL body of a method, or null for abstract, extern and runtime-implemented methods.</summary>
    public MethodBodyBlock? GetBody(MethodDefinitionHandle handle)
    {
        var definition = Reader.GetMethodDefinition(handle);
        if (!HasBodies || definition.RelativeVirtualAddress == 0)
        {
            return null;
        }

        return _pe.GetMethodBody(definition.RelativeVirtualAddress);
    }

    /// <inheritdoc />
    public void Dispose() => _pe.Dispose();

    /// <inheritdoc />
    public override string ToString() => Name;
}
