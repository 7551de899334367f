using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Scopewise.Generator.Infrastructure
{
    /// <summary>
    /// A diagnostic as plain data, carried beside a cached model: a Roslyn <see cref="Diagnostic"/> holds a
    /// <see cref="Location"/> that must not outlive the run that made it.
    /// </summary>
    internal sealed record DiagnosticInfo(string Id, string FilePath, int Line, int Column, EquatableArray<string> Arguments)
    {
        public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, string filePath, int line, int column, params string[] arguments)
            => new(descriptor.Id, filePath, line, column, arguments.ToEquatableArray());

        public Diagnostic ToDiagnostic()
        {
            var descriptor = Descriptors.ById(Id);
            var position = new LinePosition(System.Math.Max(0, Line), System.Math.Max(0, Column));
            var location = Location.Create(FilePath, new TextSpan(0, 0), new LinePositionSpan(position, position));
            var arguments = new object[Arguments.Count];
            for (var i = 0; i < arguments.Length; i++)
            {
                arguments[i] = Arguments[i];
            }

            return Diagnostic.Create(descriptor, location, arguments);
        }
    }
}
