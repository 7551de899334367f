using System;

namespace Scopewise.Build.Analysis;

/// <summary>No manifest can be made: bad settings or an unreadable assembly. Carries the SW3xxx code for the build log.</summary>
public sealed class ManifestException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="code">The SW3xxx code.</param>
    /// <param name="message">What is wrong and what to do.</param>
    public ManifestException(string code, string message)
        : base(message)
    {
        Code = code;
    }

    /// <summary>The SW3xxx code.</summary>
    public string Code { get; }
}
