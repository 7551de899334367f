using System.Reflection.Metadata;

namespace Scopewise.Build.Metadata;

/// <summary>
/// Finds the compiler-generated state machine of an async or iterator method. Its body (MoveNext) holds the
/// method's code, yet the method itself never calls it: it only names the type in an attribute.
/// </summary>
internal static class StateMachines
{
    public static TypeDefinitionHandle? Of(LoadedAssembly assembly, MethodDefinitionHandle handle)
    {
        var reader = assembly.Reader;
        foreach (var attributeHandle in reader.GetMethodDefinition(handle).GetCustomAttributes())
        {
            var attribute = reader.GetCustomAttribute(attributeHandle);
            switch (MetadataNames.AttributeTypeFullName(reader, attribute))
            {
                case "System.Runtime.CompilerServices.AsyncStateMachineAttribute":
                case "System.Runtime.CompilerServices.IteratorStateMachineAttribute":
                case "System.Runtime.CompilerServices.AsyncIteratorStateMachineAttribute":
                    var value = attribute.DecodeValue(AttributeValueTypes.Instance);
                    if (value.FixedArguments.Length == 1 && value.FixedArguments[0].Value is string typeName
                        && assembly.TryFindType(typeName, out var stateMachine))
                    {
                        return stateMachine;
                    }

                    break;
            }
        }

        return null;
    }
}
