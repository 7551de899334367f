using System.Collections.Generic;
using System.Linq;
using Scopewise.Generator.Infrastructure;
using Scopewise.Generator.Model;
using Scopewise.Generator.Resolve;
using Scopewise.Generator.Scopes;

namespace Scopewise.Generator.Emit;

/// <summary>Writes one operation: its static description, its attributes and the method that builds and sends the request.</summary>
internal sealed class OperationEmitter
{
    private const string Task = "global::System.Threading.Tasks.Task";
    private readonly string _product;
    private readonly string _pathPrefix;
    private readonly string _jsonClass;

    public OperationEmitter(string product, string pathPrefix, string jsonClass)
    {
        _product = product;
        _pathPrefix = pathPrefix;
        _jsonClass = jsonClass;
    }

    public void WriteInfoField(SourceWriter writer, OperationPlan plan)
    {
        var operation = plan.Operation;
        var scopes = plan.Scopes;
        var alternatives = string.Join(", ", scopes.Select(a => $"new global::Scopewise.ScopeAlternative(global::Scopewise.ScopeKind.{KindNames.Of(a.Kind)}, {string.Join(", ", a.Scopes.Select(Literals.String))})"));
        var requirement = scopes.Count == 0 ? "global::Scopewise.ScopeRequirement.None" : $"new global::Scopewise.ScopeRequirement({alternatives})";
        writer.Line($"private static readonly global::Scopewise.ApiOperationInfo {plan.InfoField} = new({Literals.String(operation.OperationId)}, {Literals.String(operation.HttpMethod)}, {Literals.String(_pathPrefix + operation.Path)}, {Literals.String(_product)}, {requirement}) {{ Deprecated = {(operation.Deprecated ? "true" : "false")}{PolicyEmitter.InfoInitializers(plan)} }};");
    }

    public void WriteMethod(SourceWriter writer, OperationPlan plan, string connection)
    {
        var operation = plan.Operation;
        var scopes = plan.Scopes;
        WriteDocs(writer, plan, paged: false);
        WriteAttributes(writer, plan);
        var returnType = operation.Response.Kind switch
        {
            ResponseKind.Json => $"{Task}<{operation.Response.Type!.ToCSharp()}>",
            ResponseKind.Stream => $"{Task}<global::System.IO.Stream>",
            _ => Task,
        };
        writer.Open($"public {returnType} {operation.MethodName}({Parameters(operation)})");
        WriteRequest(writer, plan);
        switch (operation.Response.Kind)
        {
            case ResponseKind.Json:
                writer.Line($"return {connection}.SendAsync(__request, {_jsonClass}.{plan.ResponseAccessor}, cancellationToken);");
                break;
            case ResponseKind.Stream:
                writer.Line($"return {connection}.SendForStreamAsync(__request, cancellationToken);");
                break;
            default:
                writer.Line($"return {connection}.SendAsync(__request, cancellationToken);");
                break;
        }

        writer.Close();
        if (operation.Paging is { } paging)
        {
            writer.Line();
            WriteAllItemsMethod(writer, plan, paging, connection);
        }
    }

    private void WriteAllItemsMethod(SourceWriter writer, OperationPlan plan, PagingModel paging, string connection)
    {
        var operation = plan.Operation;
        var scopes = plan.Scopes;
        var driven = Spec.PagingDetector.DrivenParameter(paging.Style);
        WriteDocs(writer, plan, paged: true, driven);
        WriteAttributes(writer, plan);
        // The parameter the runtime drives while paging is neither offered nor sent: the first page starts at the beginning.
        writer.Open($"public global::System.Collections.Generic.IAsyncEnumerable<{paging.ItemType.ToCSharp()}> {paging.MethodName}({Parameters(operation, driven)})");
        WriteRequest(writer, plan, driven);
        writer.Line($"return {connection}.PaginateAsync(__request, {_jsonClass}.{plan.ResponseAccessor}, static __page => __page.{paging.ItemsProperty}, global::Scopewise.PagingStyle.{KindNames.Of(paging.Style)}, cancellationToken);");
        writer.Close();
    }

    private static string Parameters(OperationModel operation, string? drivenByPaging = null)
        => string.Join(", ", operation.Parameters.Where(p => !IsDriven(p, drivenByPaging)).Select(p => Signature(p, operation.Body)).Concat(new[] { "global::System.Threading.CancellationToken cancellationToken = default" }));

    /// <summary>Whether <paramref name="parameter"/> is the optional query parameter the paged variant leaves to the runtime.</summary>
    private static bool IsDriven(ParameterModel parameter, string? drivenByPaging)
        => drivenByPaging != null && !parameter.IsBody && !parameter.Required && parameter.Location == ParameterLocation.Query && parameter.JsonName == drivenByPaging;

    private void WriteAttributes(SourceWriter writer, OperationPlan plan)
    {
        var operation = plan.Operation;
        var scopes = plan.Scopes;
        if (operation.Deprecated)
        {
            writer.Line($"[global::System.Obsolete({Literals.String(PolicyEmitter.ObsoleteMessage(plan))})]");
        }

        writer.Line($"[global::Scopewise.ApiOperation({Literals.String(operation.HttpMethod)}, {Literals.String(_pathPrefix + operation.Path)}, OperationId = {Literals.String(operation.OperationId)}, Product = {Literals.String(_product)})]");
        foreach (var alternative in scopes)
        {
            writer.Line($"[global::Scopewise.RequiresScopes({string.Join(", ", alternative.Scopes.Select(Literals.String))}, Kind = global::Scopewise.ScopeKind.{KindNames.Of(alternative.Kind)})]");
        }

        PolicyEmitter.WriteAttributes(writer, plan);
    }

    private void WriteRequest(SourceWriter writer, OperationPlan plan, string? drivenByPaging = null)
    {
        var operation = plan.Operation;
        writer.Line($"var __request = new global::Scopewise.ApiRequest({plan.InfoField}, {PathExpression(operation)});");
        foreach (var parameter in operation.Parameters.Where(p => !IsDriven(p, drivenByPaging)))
        {
            if (parameter.IsBody)
            {
                WriteBody(writer, operation.Body!, parameter, plan.BodyAccessor);
            }
            else if (parameter.Location == ParameterLocation.Query)
            {
                writer.Line(parameter.Type.Kind == TypeRefKind.Array
                    ? $"__request.AddQuery({Literals.String(parameter.JsonName)}, {FormatAll(parameter)}, explode: {(parameter.Explode ? "true" : "false")});"
                    : $"__request.AddQuery({Literals.String(parameter.JsonName)}, {Format(parameter.Type, parameter.Name)});");
            }
            else if (parameter.Location == ParameterLocation.Header)
            {
                var value = parameter.Type.Kind == TypeRefKind.Array ? $"{parameter.Name} is null ? null : string.Join(\",\", {FormatAll(parameter)}!)" : Format(parameter.Type, parameter.Name);
                writer.Line($"__request.AddHeader({Literals.String(parameter.JsonName)}, {value});");
            }
        }
    }

    private void WriteBody(SourceWriter writer, BodyModel body, ParameterModel parameter, string? accessor)
    {
        var guard = parameter.Required ? string.Empty : $"if ({parameter.Name} is not null) ";
        if (body.Kind == BodyKind.Json)
        {
            var value = !parameter.Required && parameter.Type.IsValueType ? parameter.Name + ".Value" : parameter.Name;
            writer.Line($"{guard}__request.SetJsonBody({value}, {_jsonClass}.{accessor});");
        }
        else
        {
            writer.Line($"{guard}__request.SetContent({parameter.Name});");
        }
    }

    private static string Signature(ParameterModel parameter, BodyModel? body)
    {
        var type = parameter.IsBody && body?.Kind == BodyKind.Content
            ? "global::System.Net.Http.HttpContent"
            : parameter.Type.Kind == TypeRefKind.Array && !parameter.IsBody
                ? "global::System.Collections.Generic.IEnumerable<" + parameter.Type.Element!.ToCSharp() + ">"
                : parameter.Type.ToCSharp();
        return parameter.Required ? $"{type} {parameter.Name}" : $"{type}? {parameter.Name} = null";
    }

    private string PathExpression(OperationModel operation)
    {
        var template = _pathPrefix + operation.Path;
        var parts = new List<string>();
        var position = 0;
        while (position < template.Length)
        {
            var open = template.IndexOf('{', position);
            var close = open < 0 ? -1 : template.IndexOf('}', open);
            if (open < 0 || close < 0)
            {
                parts.Add(Literals.String(template.Substring(position)));
                break;
            }

            if (open > position)
            {
                parts.Add(Literals.String(template.Substring(position, open - position)));
            }

            var name = template.Substring(open + 1, close - open - 1);
            var parameter = operation.Parameters.FirstOrDefault(p => !p.IsBody && p.Location == ParameterLocation.Path && p.JsonName == name);
            if (parameter is null)
            {
                parts.Add(Literals.String("{" + name + "}"));
            }
            else
            {
                var value = parameter.Type.Kind == TypeRefKind.Array
                    ? $"string.Join(\",\", {FormatAll(parameter)}!)"
                    : parameter.Type.Kind == TypeRefKind.String ? parameter.Name : Format(parameter.Type, parameter.Name) + "!";
                parts.Add($"global::Scopewise.ApiValue.Path({value})");
            }

            position = close + 1;
        }

        return parts.Count == 0 ? "\"\"" : string.Join(" + ", parts);
    }

    private static string FormatAll(ParameterModel parameter)
        => $"global::Scopewise.ApiValue.FormatAll({parameter.Name}, __item => {Format(parameter.Type.Element!, "__item")})";

    private static string Format(TypeRef type, string value) => type.Kind switch
    {
        TypeRefKind.String => value,
        TypeRefKind.Named when type.IsNamedValueType => $"global::Scopewise.ApiValue.FormatValue<{type.ToCSharp()}>({value})",
        TypeRefKind.Json => $"global::Scopewise.ApiValue.Format({value}.ToString())",
        _ => $"global::Scopewise.ApiValue.Format({value})",
    };

    private static void WriteDocs(SourceWriter writer, OperationPlan plan, bool paged, string? drivenByPaging = null)
    {
        var operation = plan.Operation;
        var scopes = plan.Scopes;
        var policy = PolicyEmitter.DocText(plan);
        DocComments.Summary(writer, paged ? (operation.Summary ?? operation.OperationId) + " Yields every item of every page." : operation.Summary, operation.OperationId);
        var remarks = operation.Description ?? string.Empty;
        var scopeText = scopes.Count == 0
            ? "OAuth 2.0 scopes: none named by the spec."
            : "OAuth 2.0 scopes (any one line is enough): " + string.Join("; ", scopes.Select(a => string.Join(" + ", a.Scopes) + " (" + KindNames.Lower(a.Kind) + ")")) + ".";
        DocComments.Remarks(writer, (remarks.Length > 0 ? remarks + "\n\n" : string.Empty) + $"{operation.HttpMethod} {operation.Path} (operationId {operation.OperationId}). " + scopeText + (policy.Length > 0 ? "\n\n" + policy : string.Empty));
        foreach (var parameter in operation.Parameters.Where(p => !IsDriven(p, drivenByPaging)))
        {
            var text = parameter.Description ?? (parameter.IsBody ? "The request body." : $"The '{parameter.JsonName}' {parameter.Location.ToString().ToLowerInvariant()} parameter.");
            DocComments.Param(writer, parameter.Name, parameter.Deprecated ? "Deprecated. " + text : text);
        }

        writer.Line(paged
            ? "/// <param name=\"cancellationToken\">Stops the enumeration between pages.</param>"
            : "/// <param name=\"cancellationToken\">Cancels the call.</param>");
    }
}
