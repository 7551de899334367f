using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json;
using Scopewise.Sandbox.Specs;

namespace Scopewise.Sandbox.Contract;

/// <summary>
/// Holds the sandbox to the published contract. A JSON request body that does not match the operation's request schema
/// is refused with 400 in the product's error shape, before the handler sees it. With
/// <see cref="SandboxOptions.FailOnContractViolation"/>, every JSON answer a handler gives is checked against the
/// operation's response schema for its status; a mismatch is recorded and answered 500, so a test fails loudly
/// instead of a schema-checking client failing later.
/// </summary>
internal sealed class ContractChecker
{
    private readonly object _gate = new();
    private readonly List<string> _violations = [];

    public ContractChecker(bool checkAnswers)
    {
        CheckAnswers = checkAnswers;
    }

    public bool CheckAnswers { get; }

    /// <summary>The non-conforming answers so far, one line each (operation, status, reasons).</summary>
    public IReadOnlyList<string> Violations
    {
        get { lock (_gate) { return _violations.ToArray(); } }
    }

    /// <summary>Validates the JSON request body, leaving it readable from the start for the handler.</summary>
    public async Task CheckRequestAsync(HttpContext http, SpecOperation operation)
    {
        var request = http.Request;
        if (request.ContentType is not { } contentType || !contentType.Contains("json", StringComparison.OrdinalIgnoreCase)
            || await OperationSchemas.RequestAsync(operation).ConfigureAwait(false) is not { } schema)
        {
            return;
        }

        request.EnableBuffering();
        string text;
        using (var reader = new StreamReader(request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true))
        {
            text = await reader.ReadToEndAsync(http.RequestAborted).ConfigureAwait(false);
        }

        request.Body.Position = 0;
        if (text.Length == 0)
        {
            return;
        }

        ICollection<NJsonSchema.Validation.ValidationError> errors;
        try
        {
            errors = schema.Validate(text);
        }
        catch (JsonException)
        {
            // Not JSON at all: the handler's parser says so in its own words.
            return;
        }

        if (errors.Count > 0)
        {
            throw new SandboxHttpError(400, $"The request body does not match the schema of {operation.OperationId} in the published spec: {string.Join("; ", SchemaErrors.Describe(errors))}.");
        }
    }

    /// <summary>Checks one JSON answer when answers are checked; throws <see cref="ContractViolationException"/> on a mismatch.</summary>
    public async Task CheckAnswerAsync(SpecOperation operation, int status, JsonNode body)
    {
        if (!CheckAnswers || await OperationSchemas.ResponseAsync(operation, status).ConfigureAwait(false) is not { } schema)
        {
            return;
        }

        var errors = schema.Validate(body.ToJsonString());
        if (errors.Count == 0)
        {
            return;
        }

        var violation = $"{operation} answered {status} with a body that does not match the published schema: {string.Join("; ", SchemaErrors.Describe(errors))}";
        lock (_gate)
        {
            _violations.Add(violation);
        }

        throw new ContractViolationException(violation);
    }
}

/// <summary>The sandbox was about to give an answer its own spec does not allow (only with <see cref="SandboxOptions.FailOnContractViolation"/>).</summary>
internal sealed class ContractViolationException : InvalidOperationException
{
    public ContractViolationException(string message)
        : base(message)
    {
    }
}
