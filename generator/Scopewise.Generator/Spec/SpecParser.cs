using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using NSwag;
using Scopewise.Generator.Infrastructure;
using Scopewise.Generator.Model;
using Scopewise.Generator.Spec.Budgets;

namespace Scopewise.Generator.Spec;

/// <summary>
/// Parses one spec with NSwag.Core and turns it into an <see cref="ApiModel"/>. This is the only place that touches
/// NSwag types. It never throws for bad input: a spec it cannot read becomes a failed model with an SW1001/SW1004.
/// </summary>
internal static class SpecParser
{
    private static readonly Regex SpecMarkerJson = new("\"(openapi|swagger)\"\\s*:", RegexOptions.CultureInvariant);
    private static readonly Regex SpecMarkerYaml = new("^['\"]?(openapi|swagger)['\"]?\\s*:", RegexOptions.CultureInvariant | RegexOptions.Multiline);
    private static readonly string[] HttpMethods = { "get", "put", "post", "delete", "patch", "head", "options", "trace" };

    public static ApiModel Parse(SpecSource source, CancellationToken cancellationToken)
        => Parse(source, SpecBudgets.Default, ReferenceBinding.Typed, cancellationToken);

    /// <summary>The parse step: the spec under the budgets its item metadata sets.</summary>
    public static ApiModel Parse(SpecInput input, CancellationToken cancellationToken)
    {
        var model = Parse(input.Source, input.Budgets, ReferenceBinding.Typed, cancellationToken);
        return input.OptionProblems.Count == 0 ? model : model with { Diagnostics = input.OptionProblems.Concat(model.Diagnostics).ToEquatableArray() };
    }

    /// <summary>As <see cref="Parse(SpecSource, CancellationToken)"/>; tests and benchmarks compare the two bindings.</summary>
    internal static ApiModel Parse(SpecSource source, ReferenceBinding binding, CancellationToken cancellationToken)
        => Parse(source, SpecBudgets.Default, binding, cancellationToken);

    /// <summary>
    /// Parses on a thread with a known stack (<see cref="KnownStack"/>). Never throws for any input: whatever goes
    /// wrong becomes a failed model with one diagnostic, so the other specs of the project still generate.
    /// </summary>
    internal static ApiModel Parse(SpecSource source, SpecBudgets budgets, ReferenceBinding binding, CancellationToken cancellationToken)
        => KnownStack.Run(() => ParseOnThisThread(source, budgets, binding, cancellationToken), KnownStack.ParserStackSize);

    private static ApiModel ParseOnThisThread(SpecSource source, SpecBudgets budgets, ReferenceBinding binding, CancellationToken cancellationToken)
    {
        var content = source.Content;
        if (content.Length > 0 && content[0] == '\uFEFF')
        {
            // A byte order mark that survived decoding: neither NSwag nor the spec markers expect one.
            content = content.Substring(1);
        }

        if (!(SpecShape.ReadsAsYaml(content, source.IsYaml) ? SpecMarkerYaml : SpecMarkerJson).IsMatch(content))
        {
            return ApiModel.Failure(source.Path, DiagnosticInfo.Create(Descriptors.SpecUnreadable, source.Path, 0, 0, source.Path, "it is not an OpenAPI 3 or Swagger 2 document (no 'openapi' or 'swagger' field)"));
        }

        // Budgets first: the libraries below recurse per nesting level and expand YAML aliases without limit.
        if (SpecShape.Check(content, source.IsYaml, budgets, cancellationToken) is { } exceeded)
        {
            return ApiModel.Failure(source.Path, OverBudget(source.Path, exceeded));
        }

        OpenApiDocument document;
        try
        {
            document = DocumentLoader.Load(source, content, binding, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception exception)
        {
            return ApiModel.Failure(source.Path, Describe(source, exception));
        }

        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            return Build(source.Path, document, RawFacts(content, source.IsYaml), budgets, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (InsufficientExecutionStackException)
        {
            return ApiModel.Failure(source.Path, TooDeep(source.Path));
        }
        catch (SpecBudgetException budget)
        {
            return ApiModel.Failure(source.Path, OverBudget(source.Path, budget.Exceeded));
        }
        catch (Exception exception)
        {
            // Whatever a library throws for a spec it cannot describe stays with that spec (a generator exception,
            // CS8785, would drop every client of the project).
            return ApiModel.Failure(source.Path, DiagnosticInfo.Create(Descriptors.SpecUnreadable, source.Path, 0, 0, source.Path,
                "Scopewise could not map it (" + exception.GetType().Name + ": " + FirstLine(exception.Message).TrimEnd('.') + ")"));
        }
    }

    /// <summary>SW1005 for a budget the spec went over, at the place it did.</summary>
    internal static DiagnosticInfo OverBudget(string path, BudgetExceeded exceeded)
        => DiagnosticInfo.Create(Descriptors.BudgetExceeded, path, exceeded.Line, exceeded.Column,
            path,
            exceeded.Budget.Description,
            exceeded.Limit.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
            exceeded.Detail + (exceeded.Line > 0 || exceeded.Column > 0 ? $" (line {exceeded.Line + 1}, column {exceeded.Column + 1})" : string.Empty),
            exceeded.Budget.Metadata);

    private static DiagnosticInfo TooDeep(string path)
        => DiagnosticInfo.Create(Descriptors.SpecUnreadable, path, 0, 0, path, "its schemas nest, or refer to each other in a chain, too deeply to read; shorten the nesting or the chain");

    private static DiagnosticInfo Describe(SpecSource source, Exception exception)
    {
        if (exception is InsufficientExecutionStackException)
        {
            return TooDeep(source.Path);
        }

        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is ExternalReferenceException external)
            {
                var found = SpecErrorLocator.FirstExternalReference(source.Text, source.IsYaml);
                return found is { } at
                    ? DiagnosticInfo.Create(Descriptors.ExternalReference, source.Path, at.Line, at.Column, source.Path, at.Reference)
                    : DiagnosticInfo.Create(Descriptors.ExternalReference, source.Path, 0, 0, source.Path, external.Reference);
            }
        }

        var message = FirstLine(exception.InnerException is null || exception is Newtonsoft.Json.JsonException ? exception.Message : exception.Message + " " + exception.InnerException.Message);
        var dangling = Regex.Match(exception.Message, "Could not resolve the path '(?<path>[^']+)'");
        var (line, column) = dangling.Success ? SpecErrorLocator.Find(source.Text, dangling.Groups["path"].Value) : SpecErrorLocator.Position(exception);
        if (dangling.Success)
        {
            message = $"the reference '{dangling.Groups["path"].Value}' points to nothing in the document";
        }

        return DiagnosticInfo.Create(Descriptors.SpecUnreadable, source.Path, line, column, source.Path, message.TrimEnd('.') + $" (line {line + 1}, column {column + 1})");
    }

    /// <summary>What only the spec's text tells (<see cref="RawSpecScanner"/>); YAML is converted again only when it holds any of it.</summary>
    private static RawSpecFacts RawFacts(string content, bool isYaml)
    {
        if (content.IndexOf("x-changes", StringComparison.Ordinal) < 0 && content.IndexOf("additionalProperties", StringComparison.Ordinal) < 0)
        {
            return RawSpecFacts.Empty();
        }

        return RawSpecScanner.Scan(SpecShape.ReadsAsYaml(content, isYaml) ? YamlToJson.Convert(content) : content);
    }

    private static ApiModel Build(string path, OpenApiDocument document, RawSpecFacts facts, SpecBudgets budgets, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        void ReportUnsupported(string where, string what)
            => diagnostics.Add(DiagnosticInfo.Create(Descriptors.ConstructNotSupported, path, 0, 0, where, System.IO.Path.GetFileName(path), what));

        var typeNames = new NameScope();
        var schemas = new SchemaMapper(document.Components.Schemas, typeNames, budgets, ReportUnsupported);
        schemas.OpenSchemas = facts.OpenSchemas;
        schemas.MapComponents();

        var mapper = new OperationMapper(document, schemas, ReportUnsupported, new Permissions.ReplacementFinder(document, HttpMethods), facts.Changes);
        var operations = new List<OperationModel>();
        var methodNames = new Dictionary<string, NameScope>(StringComparer.Ordinal);
        var specOperationCount = 0;
        foreach (var pathItem in document.Paths.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            foreach (var method in HttpMethods)
            {
                if (!pathItem.Value.TryGetValue(method, out var operation))
                {
                    continue;
                }

                cancellationToken.ThrowIfCancellationRequested();
                specOperationCount++;
                var group = operation.Tags.Count > 0 ? Naming.Pascal(operation.Tags[0], "Default") : string.Empty;
                if (!methodNames.TryGetValue(group, out var scope))
                {
                    scope = new NameScope();
                    methodNames.Add(group, scope);
                }

                var baseName = string.IsNullOrWhiteSpace(operation.OperationId) ? Naming.Pascal(method) + Naming.Pascal(pathItem.Key, "Root") : Naming.Pascal(operation.OperationId, "Operation");
                var methodName = scope.Claim(baseName) + "Async";
                try
                {
                    var model = mapper.Map(pathItem.Key, method, operation, group, methodName);
                    if (model.Paging is { } paging)
                    {
                        var allItems = PagingDetector.AllItemsMethodName(methodName);
                        model = model with { Paging = paging with { MethodName = scope.Claim(allItems.Substring(0, allItems.Length - 5)) + "Async" } };
                    }

                    operations.Add(model);
                }
                catch (Exception exception) when (exception is not (OperationCanceledException or SpecBudgetException or InsufficientExecutionStackException))
                {
                    ReportUnsupported(operation.OperationId ?? method.ToUpperInvariant() + " " + pathItem.Key, "the operation was left out: " + FirstLine(exception.Message));
                }
            }
        }

        return new ApiModel(
            path,
            document.Info?.Title ?? System.IO.Path.GetFileNameWithoutExtension(path),
            document.Info?.Version,
            ServerPathPrefix(document),
            operations.ToEquatableArray(),
            schemas.Types.OrderBy(t => t.Name, StringComparer.Ordinal).ToEquatableArray(),
            diagnostics.ToEquatableArray(),
            specOperationCount);
    }

    /// <summary>
    /// The path part of the first server URL (<c>https://{domain}/wiki/api/v2</c> → <c>/wiki/api/v2</c>), or Swagger 2's
    /// <c>basePath</c>: operation paths are relative to it.
    /// </summary>
    internal static string ServerPathPrefix(OpenApiDocument document)
    {
        var url = document.Servers?.FirstOrDefault()?.Url;
        if (string.IsNullOrEmpty(url))
        {
            return NormalizePrefix(document.BasePath);
        }

        var rest = url!;
        var scheme = rest.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            rest = rest.Substring(scheme + 3);
        }
        else if (rest.StartsWith("//", StringComparison.Ordinal))
        {
            rest = rest.Substring(2);
        }
        else if (rest.StartsWith("/", StringComparison.Ordinal))
        {
            return NormalizePrefix(rest);
        }

        var slash = rest.IndexOf('/');
        return slash < 0 ? string.Empty : NormalizePrefix(rest.Substring(slash));
    }

    private static string NormalizePrefix(string? prefix)
    {
        if (string.IsNullOrEmpty(prefix) || prefix == "/")
        {
            return string.Empty;
        }

        var trimmed = prefix!.TrimEnd('/');
        return trimmed.StartsWith("/", StringComparison.Ordinal) ? trimmed : "/" + trimmed;
    }

    private static string FirstLine(string text)
    {
        var newline = text.IndexOfAny(new[] { '\r', '\n' });
        return (newline < 0 ? text : text.Substring(0, newline)).Trim();
    }
}
