using System;

namespace Scopewise.Generator.Spec.Budgets;

/// <summary>Thrown while a spec is mapped when it goes over a budget; the parser turns it into SW1005 for that spec.</summary>
internal sealed class SpecBudgetException : Exception
{
    public SpecBudgetException(BudgetExceeded exceeded)
        : base(exceeded.Detail)
    {
        Exceeded = exceeded;
    }

    public BudgetExceeded Exceeded { get; }
}
