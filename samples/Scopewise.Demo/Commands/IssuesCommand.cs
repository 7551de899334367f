using System.Text.Json;
using Scopewise.Adf;
using Scopewise.Demo.Infrastructure;
using Scopewise.Jira;

namespace Scopewise.Demo.Commands;

/// <summary>
/// `issues create|get|comment`: Jira Cloud v3 issues, with rich text as Atlassian Document Format. Descriptions and
/// comments are written in Markdown and converted with <see cref="AdfDocument.FromMarkdown"/>; a description is
/// printed with <see cref="AdfDocument.ToPlainText"/>.
/// </summary>
public static class IssuesCommand
{
    /// <summary>Runs the sub-command named by the second word.</summary>
    public static Task<int> RunAsync(CommandContext context, DemoSession session)
    {
        var jira = new JiraClient(session.Connection);
        return context.Arguments.Word(1) switch
        {
            "create" => CreateAsync(context, jira),
            "get" => GetAsync(context, jira),
            "comment" => CommentAsync(context, jira),
            null => throw new UsageException("`issues` needs a sub-command: create, get or comment."),
            var other => throw new UsageException($"`issues {other}` is not a command; use issues create, issues get KEY or issues comment KEY TEXT."),
        };
    }

    private static async Task<int> CreateAsync(CommandContext context, JiraClient jira)
    {
        context.Arguments.AllowOnly("project", "summary", "description-file", "type");
        var project = context.Arguments.Option("project") ?? throw new UsageException("`issues create` needs --project KEY.");
        var summary = context.Arguments.Option("summary") ?? throw new UsageException("`issues create` needs --summary TEXT.");
        var fields = new JiraFieldValues
        {
            Project = JiraReference.ByKey(project),
            Summary = summary,
            IssueType = JiraReference.ByName(context.Arguments.Option("type") ?? "Task"),
        };
        if (context.Arguments.Option("description-file") is { } file)
        {
            // Jira v3 takes a description only as ADF (a plain string is a 400): Markdown in, ADF out.
            fields.Description = AdfDocument.FromMarkdown(ReadFile(file));
        }

        var created = await jira.Issues.CreateIssueAsync(new IssueUpdateDetails { Fields = fields.Fields }, cancellationToken: context.CancellationToken);
        context.Output.WriteLine($"Created issue {created.Key} (id {created.Id}).");
        return ExitCodes.Ok;
    }

    private static async Task<int> GetAsync(CommandContext context, JiraClient jira)
    {
        context.Arguments.AllowOnly();
        var key = context.Arguments.Word(2) ?? throw new UsageException("`issues get` needs an issue key, for example: issues get DEMO-1.");
        var issue = await jira.Issues.GetIssueAsync(key, cancellationToken: context.CancellationToken);
        var fields = issue.Fields ?? [];
        context.Output.WriteLine($"key:      {issue.Key}");
        context.Output.WriteLine($"summary:  {Text(fields, "summary")}");
        context.Output.WriteLine($"status:   {Name(fields, "status")}");
        context.Output.WriteLine($"type:     {Name(fields, "issuetype")}");
        context.Output.WriteLine();
        context.Output.WriteLine(new JiraFieldValues(fields).Description?.ToPlainText() ?? "(no description)");
        return ExitCodes.Ok;
    }

    private static async Task<int> CommentAsync(CommandContext context, JiraClient jira)
    {
        context.Arguments.AllowOnly();
        var key = context.Arguments.Word(2) ?? throw new UsageException("`issues comment` needs an issue key and the text, for example: issues comment DEMO-1 \"Looks good\".");
        var text = context.Arguments.Word(3) ?? throw new UsageException("`issues comment` needs the comment text after the key (Markdown).");

        // Comment.BodyAdf is generated for Jira's ADF comment body: no JSON by hand.
        var comment = await jira.IssueComments.AddCommentAsync(key, new Comment { BodyAdf = AdfDocument.FromMarkdown(text) }, cancellationToken: context.CancellationToken);
        context.Output.WriteLine($"Added comment {comment.Id} to {key}.");
        return ExitCodes.Ok;
    }

    private static string ReadFile(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"Cannot read --description-file {path}: {exception.Message}");
        }
    }

    private static string Text(Dictionary<string, JsonElement> fields, string name) =>
        fields.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";

    private static string Name(Dictionary<string, JsonElement> fields, string name) =>
        fields.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.Object && value.TryGetProperty("name", out var inner) ? inner.GetString() ?? "" : "";
}
