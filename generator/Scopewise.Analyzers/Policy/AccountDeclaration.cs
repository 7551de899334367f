using System.IO;
using Microsoft.CodeAnalysis;

namespace Scopewise.Analyzers;

/// <summary>One <c>[ActsAs]</c>: what the account used in its assembly, type or method is, and where that was said.</summary>
internal sealed class AccountDeclaration
{
    private AccountDeclaration(int account, string description)
    {
        Account = account;
        Description = description;
    }

    /// <summary>The <c>Scopewise.AccountKind</c> value.</summary>
    public int Account { get; }

    /// <summary>For messages: <c>[ActsAs] on the assembly (Program.cs:3)</c>.</summary>
    public string Description { get; }

    public static AccountDeclaration? Create(ISymbol owner, AttributeData attribute)
    {
        if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not int account)
        {
            return null;
        }

        var where = owner switch
        {
            IAssemblySymbol => "the assembly",
            INamedTypeSymbol type => "type '" + type.Name + "'",
            IMethodSymbol { MethodKind: MethodKind.Constructor } constructor => "constructor of '" + constructor.ContainingType.Name + "'",
            _ => "method '" + owner.Name + "'",
        };

        var description = "[ActsAs] on " + where;
        if (attribute.ApplicationSyntaxReference is { } reference)
        {
            var line = reference.SyntaxTree.GetLineSpan(reference.Span).StartLinePosition.Line + 1;
            var file = Path.GetFileName(reference.SyntaxTree.FilePath);
            description += string.IsNullOrEmpty(file) ? " (line " + line + ")" : " (" + file + ":" + line + ")";
        }

        return new AccountDeclaration(account, description);
    }
}
