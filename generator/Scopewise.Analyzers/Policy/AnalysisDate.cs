using System;
using System.Globalization;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Scopewise.Analyzers;

/// <summary>
/// "Today" for SW2005/SW2006: the MSBuild property <c>ScopewiseToday</c> (<c>yyyy-MM-dd</c>, visible to analyzers as
/// <c>build_property.ScopewiseToday</c>) when set, so builds and tests can pin it; otherwise the UTC date.
/// </summary>
internal static class AnalysisDate
{
    public const string OptionName = "build_property.ScopewiseToday";

    public static DateTime Today(AnalyzerOptions options)
    {
        if (options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(OptionName, out var configured)
            && DateTime.TryParseExact(configured.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var pinned))
        {
            return pinned;
        }

        return DateTime.UtcNow.Date;
    }
}
