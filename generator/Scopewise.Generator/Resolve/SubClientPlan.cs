using Scopewise.Generator.Infrastructure;

namespace Scopewise.Generator.Resolve;

/// <summary>One tag's sub-client: the tag as the spec spells it, the root client's property, the class and its file.</summary>
internal sealed record SubClientPlan(
    string Tag,
    string Property,
    string ClassName,
    string HintName,
    EquatableArray<OperationPlan> Operations);
