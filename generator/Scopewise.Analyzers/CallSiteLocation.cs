using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Scopewise.Analyzers;

/// <summary>Where to underline a use: the member's name, not a whole chained expression.</summary>
internal static class CallSiteLocation
{
    public static Location Of(SyntaxNode syntax)
    {
        var node = syntax switch
        {
            InvocationExpressionSyntax invocation => NameOf(invocation.Expression),
            MemberAccessExpressionSyntax or MemberBindingExpressionSyntax => NameOf((ExpressionSyntax)syntax),
            ObjectCreationExpressionSyntax creation => creation.Type,
            _ => syntax,
        };

        return node.GetLocation();
    }

    private static SyntaxNode NameOf(ExpressionSyntax expression) => expression switch
    {
        MemberAccessExpressionSyntax access => access.Name,
        MemberBindingExpressionSyntax binding => binding.Name,
        _ => expression,
    };
}
