using System;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace Scopewise.Generator.Spec;

/// <summary>
/// Runs work on a thread whose stack size the caller chooses; the parse of every spec runs this way. NSwag, NJsonSchema, Newtonsoft.Json and
/// YamlDotNet recurse per nesting level, and so does schema mapping per reference; the compiler's own threads have
/// whatever stack the host gave them (1 MB is common). The budgets bound the nesting before those libraries run; this
/// makes the stack they run on known, and <c>EnsureSufficientExecutionStack</c> turns the rest into a diagnostic.
/// </summary>
internal static class KnownStack
{
    /// <summary>The parser's: 8 MB. The default budgets need a fraction of it; a chain of thousands of schemas still maps.</summary>
    public const int ParserStackSize = 8 * 1024 * 1024;

    /// <summary>Runs <paramref name="work"/> on a new thread with <paramref name="stackSize"/> bytes of stack; its exception is rethrown here.</summary>
    public static T Run<T>(Func<T> work, int stackSize)
    {
        var result = default(T);
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = work();
                }
                catch (Exception exception)
                {
                    failure = ExceptionDispatchInfo.Capture(exception);
                }
            },
            stackSize)
        {
            IsBackground = true,
            Name = "Scopewise known-stack worker",
        };
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result!;
    }
}
