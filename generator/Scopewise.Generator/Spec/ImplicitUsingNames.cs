using System;
using System.Collections.Generic;

namespace Scopewise.Generator.Spec;

/// <summary>
/// Type names that projects already import through ImplicitUsings (System, System.IO, System.Collections.Generic,
/// System.Linq, System.Net.Http, System.Threading, System.Threading.Tasks). A generated model with one of these
/// names would make the simple name ambiguous (CS0104) in every file that imports the client's namespace —
/// Confluence v2's <c>Task</c> model would break every <c>async Task</c> method — so such a model gets a
/// <c>Model</c> suffix.
/// </summary>
internal static class ImplicitUsingNames
{
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        // System
        "Action", "Array", "Attribute", "Buffer", "Console", "Convert", "DateTime", "DateOnly", "DateTimeOffset", "Delegate",
        "Enum", "Environment", "EventArgs", "Exception", "Func", "GC", "Guid", "Half", "Index", "Lazy", "Math", "Memory",
        "Nullable", "Object", "Predicate", "Progress", "Random", "Range", "Span", "String", "TimeOnly", "TimeSpan",
        "TimeZoneInfo", "Tuple", "Type", "Uri", "Version",
        // System.IO
        "Directory", "DirectoryInfo", "File", "FileInfo", "Path", "Stream",
        // System.Collections.Generic
        "Comparer", "Dictionary", "HashSet", "KeyValuePair", "LinkedList", "List", "Queue", "Stack",
        // System.Linq
        "Enumerable", "Lookup", "Queryable",
        // System.Net.Http
        "HttpClient", "HttpContent", "HttpMethod", "HttpRequestMessage", "HttpResponseMessage",
        // System.Threading and System.Threading.Tasks
        "CancellationToken", "Interlocked", "Lock", "Monitor", "Mutex", "Parallel", "Semaphore", "Task", "TaskScheduler",
        "Thread", "Timer", "ValueTask", "Volatile",
    };

    /// <summary><c>Task</c> → <c>TaskModel</c>; any other name unchanged.</summary>
    public static string Avoid(string name) => Names.Contains(name) ? name + "Model" : name;
}
