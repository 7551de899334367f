using Scopewise.Generator.Infrastructure;
using Scopewise.Generator.Spec.Budgets;

namespace Scopewise.Generator.Spec;

/// <summary>
/// What the parse step reads: the spec's text and the budgets its item metadata sets. Equal inputs parse to equal
/// models, so an unchanged spec with unchanged budgets is never parsed again.
/// </summary>
internal sealed record SpecInput(SpecSource Source, SpecBudgets Budgets, EquatableArray<DiagnosticInfo> OptionProblems);
