using System;
using System.Collections.Generic;
using System.Linq;
using Scopewise.Generator.Model;
using Scopewise.Generator.Spec;

namespace Scopewise.Generator.Resolve;

/// <summary>
/// The type names a client declares besides its models: the client, its JSON class and one sub-client per tag.
/// The planner keeps models off them and names the client's types from them, so both read them from here.
/// </summary>
internal static class ClientNames
{
    /// <summary><c>ZooClient</c> → <c>Zoo</c>: the stem the JSON class and the sub-clients are named from.</summary>
    public static string Base(string clientName)
        => clientName.EndsWith("Client", StringComparison.Ordinal) && clientName.Length > 6 ? clientName.Substring(0, clientName.Length - 6) : clientName;

    public static string JsonClass(string clientName) => Naming.Cap(Base(clientName) + "Json");

    public static string SubClientClass(string clientName, string group) => Naming.Cap(Base(clientName) + Naming.Plural(group) + "Client");

    /// <summary>Every name the client's own types take, given the operations it keeps.</summary>
    public static IEnumerable<string> Reserved(string clientName, IEnumerable<OperationModel> operations)
        => new[] { clientName, JsonClass(clientName) }
            .Concat(operations.Select(o => o.Group).Where(g => g.Length > 0).Distinct(StringComparer.Ordinal).Select(g => SubClientClass(clientName, g)));
}
