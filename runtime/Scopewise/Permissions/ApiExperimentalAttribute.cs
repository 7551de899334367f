namespace Scopewise;

/// <summary>
/// The spec marks the operation experimental (<c>x-experimental</c>): Atlassian may change or remove it without the
/// usual deprecation period. A call is SW2007 (info) at the call site.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class ApiExperimentalAttribute : Attribute
{
}
