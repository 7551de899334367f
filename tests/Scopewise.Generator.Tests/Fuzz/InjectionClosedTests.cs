using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;

namespace Scopewise.Generator.Tests.Fuzz;

/// <summary>
/// The injection class is closed: a spec whose every string carries every C# line terminator followed by a payload
/// declares exactly the members of the same spec without them, in the compilation and in the emitted assembly, and the
/// assembly has no module initializer.
/// </summary>
/// <remarks>
/// The reference spec drops separator and payload from text fields (titles, descriptions, summaries, extensions, server
/// URLs). In name fields (operationIds, schema and property names, tags, enum values) the payload's words legitimately
/// become part of the identifier, so there the reference keeps the payload and replaces each separator by a space: a
/// line terminator must act as nothing more than a word break.
/// </remarks>
[Collection(FuzzCollection.Name)]
public sealed class FuzzInjectionClosedTests
{
    private static readonly FieldKind[] Kinds =
    [
        FieldKind.Title, FieldKind.Summary, FieldKind.Description, FieldKind.ParamDescription, FieldKind.Tag, FieldKind.EnumValue,
        FieldKind.OperationId, FieldKind.SchemaName, FieldKind.PropertyName, FieldKind.Extension, FieldKind.ServerUrl,
    ];

    private static string Carried(bool separators)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < Payloads.Separators.Length; i++)
        {
            builder.Append(separators ? Payloads.Separators[i].Text : " ").Append(Payloads.InjectionPayloads[i % 2].Text);
        }

        return builder.ToString();
    }

    [Theory]
    [InlineData(SpecFormat.Json)]
    [InlineData(SpecFormat.Yaml)]
    [InlineData(SpecFormat.JsonRaw)]
    public void Every_string_with_every_line_separator_and_a_payload_declares_exactly_what_the_clean_spec_declares(SpecFormat format)
    {
        var spec = BaseSpecs.PetStoreBase;
        var mutated = spec.Load();
        var reference = spec.Load();
        var mutatedSites = SpecSites.Find(mutated).Where(s => Kinds.Contains(s.Kind)).ToList();
        var referenceSites = SpecSites.Find(reference).Where(s => Kinds.Contains(s.Kind)).ToList();
        Assert.Equal(mutatedSites.Select(s => s.Where), referenceSites.Select(s => s.Where));
        foreach (var kind in Kinds)
        {
            Assert.Contains(mutatedSites, s => s.Kind == kind);
        }

        for (var i = 0; i < mutatedSites.Count; i++)
        {
            var text = Payloads.IsTextKind(mutatedSites[i].Kind);
            mutatedSites[i].Apply(old => old + Carried(separators: true));
            referenceSites[i].Apply(old => text ? old : old + Carried(separators: false));
        }

        var referenceRun = FuzzRunner.Run(spec.Write(reference, format, "reference: separators and payloads removed from text, separators made spaces in names"), TimeSpan.FromSeconds(60), collectMembers: true);
        Assert.True(referenceRun.Problems.Count == 0 && referenceRun.TargetSources.Count > 0, "the reference spec itself does not generate cleanly:\n" + string.Join("\n", referenceRun.Problems));
        var expected = referenceRun.TargetMembers!;
        Assert.Contains("type Fuzz.Target.ZooClient", expected);
        Assert.True(expected.Count(m => m.StartsWith("Method ", StringComparison.Ordinal) && m.Contains("Async(", StringComparison.Ordinal)) >= 7, "the reference declares too few operation methods:\n" + string.Join("\n", expected));

        var run = FuzzRunner.Run(spec.Write(mutated, format, $"{mutatedSites.Count} sites, each + every separator and payload"), TimeSpan.FromSeconds(60), collectMembers: true);
        Assert.True(run.Problems.Count == 0, $"{mutatedSites.Count} strings carrying every separator ({format}):\n" + string.Join("\n", run.Problems.Take(8)));
        Assert.True(run.TargetSources.Count > 0, "the spec generated nothing: " + string.Join("; ", run.Result!.GeneratorDiagnostics.Take(3)));

        var actual = run.TargetMembers!;
        Assert.True(actual.SetEquals(expected),
            "declared members differ from the clean spec's\n  extra: " + string.Join("\n         ", actual.Except(expected).Take(10).Select(Payloads.Show))
            + "\n  missing: " + string.Join("\n         ", expected.Except(actual).Take(10).Select(Payloads.Show)));

        var image = Emit(run.Result!.Compilation);
        var referenceImage = Emit(referenceRun.Result!.Compilation);
        var (definitions, problems) = InspectMetadata(image);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        var (referenceDefinitions, _) = InspectMetadata(referenceImage);
        Assert.True(definitions.SetEquals(referenceDefinitions),
            "emitted metadata differs from the clean spec's\n  extra: " + string.Join("\n         ", definitions.Except(referenceDefinitions).Take(10).Select(Payloads.Show))
            + "\n  missing: " + string.Join("\n         ", referenceDefinitions.Except(definitions).Take(10).Select(Payloads.Show)));

        // Only now, with no module initializer in the metadata, load it: the types the runtime sees are the ones declared.
        var context = new AssemblyLoadContext("fuzz-injection-" + format, isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(new MemoryStream(image));
            var loaded = assembly.GetTypes().Select(t => "type " + t.FullName).ToHashSet(StringComparer.Ordinal);
            var declared = definitions.Where(d => d.StartsWith("type ", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
            Assert.True(loaded.SetEquals(declared), "loaded types differ from the metadata: " + string.Join(", ", loaded.Except(declared).Concat(declared.Except(loaded)).Take(10).Select(Payloads.Show)));
            Assert.DoesNotContain(assembly.GetTypes(), t => Payloads.Markers.Contains(t.Name));
        }
        finally
        {
            context.Unload();
        }
    }

    private static byte[] Emit(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, "emit failed: " + string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
        return stream.ToArray();
    }

    /// <summary>Every type and member definition ("type N", "member N::m"), and what is wrong: module initializers, payload names.</summary>
    private static (HashSet<string> Definitions, List<string> Problems) InspectMetadata(byte[] image)
    {
        var definitions = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<string>();
        using var pe = new PEReader(new MemoryStream(image));
        var reader = pe.GetMetadataReader();
        foreach (var attribute in reader.GetAssemblyDefinition().GetCustomAttributes().Concat(reader.GetModuleDefinition().GetCustomAttributes()))
        {
            definitions.Add("assembly attribute " + AttributeName(reader, reader.GetCustomAttribute(attribute)));
        }

        foreach (var handle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(handle);
            var name = FullName(reader, type);
            if (name == "<Module>")
            {
                foreach (var method in type.GetMethods())
                {
                    problems.Add("the module type declares " + reader.GetString(reader.GetMethodDefinition(method).Name) + ": a module initializer runs on load");
                }

                continue;
            }

            definitions.Add("type " + name);
            if (Payloads.Markers.Contains(reader.GetString(type.Name)))
            {
                problems.Add("payload type in metadata: " + name);
            }

            foreach (var methodHandle in type.GetMethods())
            {
                var method = reader.GetMethodDefinition(methodHandle);
                var methodName = reader.GetString(method.Name);
                definitions.Add($"member {name}::{methodName}");
                if (Payloads.Markers.Contains(methodName))
                {
                    problems.Add($"payload method in metadata: {name}::{methodName}");
                }

                foreach (var attribute in method.GetCustomAttributes())
                {
                    if (AttributeName(reader, reader.GetCustomAttribute(attribute)) == "ModuleInitializerAttribute")
                    {
                        problems.Add($"module initializer in metadata: {name}::{methodName}");
                    }
                }
            }

            foreach (var field in type.GetFields())
            {
                definitions.Add($"member {name}::{reader.GetString(reader.GetFieldDefinition(field).Name)}");
            }

            foreach (var property in type.GetProperties())
            {
                definitions.Add($"member {name}::{reader.GetString(reader.GetPropertyDefinition(property).Name)}");
            }
        }

        return (definitions, problems);
    }

    private static string FullName(MetadataReader reader, TypeDefinition type)
    {
        var declaring = type.GetDeclaringType();
        if (!declaring.IsNil)
        {
            return FullName(reader, reader.GetTypeDefinition(declaring)) + "+" + reader.GetString(type.Name);
        }

        var ns = reader.GetString(type.Namespace);
        return ns.Length == 0 ? reader.GetString(type.Name) : ns + "." + reader.GetString(type.Name);
    }

    private static string AttributeName(MetadataReader reader, CustomAttribute attribute)
    {
        switch (attribute.Constructor.Kind)
        {
            case HandleKind.MemberReference:
                var reference = reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor);
                return reference.Parent.Kind == HandleKind.TypeReference ? reader.GetString(reader.GetTypeReference((TypeReferenceHandle)reference.Parent).Name) : "?";
            case HandleKind.MethodDefinition:
                var definition = reader.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor);
                return reader.GetString(reader.GetTypeDefinition(definition.GetDeclaringType()).Name);
            default:
                return "?";
        }
    }
}
