using System;

namespace Scopewise.Generator.Spec.Budgets;

/// <summary>
/// The size budget, checked before anything else reads the text: every later pass is at least linear in the size,
/// so this is what bounds them all.
/// </summary>
internal static class SizeBudget
{
    public static BudgetExceeded? Check(string text, SpecBudgets budgets)
        => text.Length > budgets.MaxSpecChars
            ? new BudgetExceeded(SpecBudgets.SpecSize, budgets.MaxSpecChars, 0, 0, FormattableString.Invariant($"the document has {text.Length} characters"))
            : null;
}
