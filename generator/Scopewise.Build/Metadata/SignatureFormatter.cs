using System.Collections.Immutable;
using System.Reflection.Metadata;

namespace Scopewise.Build.Metadata;

/// <summary>
/// Renders signatures as text that is the same whether a type was named by a definition (in the declaring assembly)
/// or by a reference (in the calling assembly), so a call's MemberRef can be matched to the MethodDef it targets.
/// </summary>
internal sealed class SignatureFormatter : ISignatureTypeProvider<string, object?>
{
    public static readonly SignatureFormatter Instance = new SignatureFormatter();

    /// <summary>Parameter types and return type of a method signature, as one string.</summary>
    public static string Format(MethodSignature<string> signature)
        => signature.GenericParameterCount + "|" + string.Join(",", signature.ParameterTypes) + "|" + signature.ReturnType;

    public string GetArrayType(string elementType, ArrayShape shape) => elementType + "[" + new string(',', shape.Rank - 1) + "]";

    public string GetByReferenceType(string elementType) => elementType + "&";

    public string GetFunctionPointerType(MethodSignature<string> signature) => "fnptr(" + Format(signature) + ")";

    public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments)
        => genericType + "<" + string.Join(",", typeArguments) + ">";

    public string GetGenericMethodParameter(object? genericContext, int index) => "!!" + index;

    public string GetGenericTypeParameter(object? genericContext, int index) => "!" + index;

    // Modifiers (modreq for 'in' parameters, modopt for volatile) appear alike on both sides; ignoring them keeps matching simple.
    public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;

    public string GetPinnedType(string elementType) => elementType;

    public string GetPointerType(string elementType) => elementType + "*";

    public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode.ToString();

    public string GetSZArrayType(string elementType) => elementType + "[]";

    public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
        => MetadataNames.TypeFullName(reader, handle);

    public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
        => MetadataNames.TypeReferenceFullName(reader, handle);

    public string GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind)
        => reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);
}
