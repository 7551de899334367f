using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace Scopewise.Analyzers;

/// <summary>
/// The scope names one scope table knows: every <c>scopes[].name</c> and every name in <c>operations[].alternatives</c>.
/// </summary>
/// <remarks>
/// Read with <see cref="SmallJsonReader"/> rather than System.Text.Json or Newtonsoft.Json: Visual Studio hosts analyzers
/// on .NET Framework where System.Text.Json may not load, and this assembly ships without dependencies. A table that
/// is not valid JSON yields no names (the generator reports the broken table as SW1003); the analyzer never throws on it.
/// </remarks>
internal static class ScopeTableNames
{
    /// <summary>Parses each SourceText once, however many compilations (edits in the IDE) ask for it.</summary>
    public static readonly Microsoft.CodeAnalysis.Diagnostics.SourceTextValueProvider<ImmutableArray<string>> Provider = new(Read);

    public static ImmutableArray<string> Read(SourceText text)
    {
        var names = ImmutableArray.CreateBuilder<string>();
        object? root;
        try
        {
            root = SmallJsonReader.Parse(text.ToString());
        }
        catch (FormatException)
        {
            return names.ToImmutable();
        }

        if (root is not Dictionary<string, object?> table)
        {
            return names.ToImmutable();
        }

        if (table.TryGetValue("scopes", out var scopes) && scopes is List<object?> scopeList)
        {
            foreach (var scope in scopeList)
            {
                if (scope is Dictionary<string, object?> entry && entry.TryGetValue("name", out var name) && name is string { Length: > 0 } text1)
                {
                    names.Add(text1);
                }
            }
        }

        if (table.TryGetValue("operations", out var operations) && operations is List<object?> operationList)
        {
            foreach (var operation in operationList)
            {
                if (operation is Dictionary<string, object?> entry && entry.TryGetValue("alternatives", out var alternatives)
                    && alternatives is List<object?> alternativeList)
                {
                    foreach (var alternative in alternativeList)
                    {
                        if (alternative is List<object?> scopesOfAlternative)
                        {
                            foreach (var scope in scopesOfAlternative)
                            {
                                if (scope is string { Length: > 0 } text2)
                                {
                                    names.Add(text2);
                                }
                            }
                        }
                    }
                }
            }
        }

        return names.ToImmutable();
    }
}
