using System;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace Scopewise.Generator.Spec
{
    /// <summary>
    /// Runs the parse of one spec on a thread whose stack size Scopewise chooses. NSwag, NJsonSchema, Newtonsoft.Json and
    /// YamlDotNet recurse per nesting level, and so does schema mapping per reference; the compiler's own threads have
    /// whatever stack the host gave them (1 MB is common). The budgets bound the nesting before those libraries run; this
    /// makes the stack they run on known, and <c>EnsureSufficientExecutionStack</c> turns the rest into a diagnostic.
    /// </summary>
    internal static class LargeStack
    {
        /// <summary>8 MB: the default budgets need a fraction of it; a chain of thousands of schemas still maps.</summary>
        public const int StackSize = 8 * 1024 * 1024;

        public static T Run<T>(Func<T> work)
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
                StackSize)
            {
                IsBackground = true,
                Name = "Scopewise spec parser",
            };
            thread.Start();
            thread.Join();
            failure?.Throw();
            return result!;
        }
    }
}
