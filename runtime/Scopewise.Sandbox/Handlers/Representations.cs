using System.Globalization;
using System.Text.Json.Nodes;

namespace Scopewise.Sandbox.Handlers;

/// <summary>The JSON shapes Atlassian returns for the stored objects (the fields clients commonly read).</summary>
internal static class Representations
{
    public static string Time(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static string Id(long value) => value.ToString(CultureInfo.InvariantCulture);

    // ---- Confluence v2 ----

    public static JsonObject V2Space(SandboxSpace space)
    {
        var json = new JsonObject
        {
            ["id"] = Id(space.Id),
            ["key"] = space.Key,
            ["name"] = space.Name,
            ["type"] = "global",
            ["status"] = "current",
        };

        // The spec's homepageId is a string, never null: a space without a home page leaves it out.
        if (space.HomepageId is { } homepageId)
        {
            json["homepageId"] = homepageId;
        }

        json["createdAt"] = Time(space.CreatedAt);
        json["_links"] = new JsonObject { ["webui"] = $"/spaces/{space.Key}" };
        return json;
    }

    public static JsonObject V2Version(SandboxVersion version) => new()
    {
        ["number"] = version.Number,
        ["message"] = version.Message,
        ["minorEdit"] = false,
        ["authorId"] = version.AuthorId,
        ["createdAt"] = Time(version.CreatedAt),
    };

    /// <summary>A page, blog post or footer comment; the body only when <paramref name="bodyFormat"/> is <c>storage</c>.</summary>
    public static JsonObject V2Content(SandboxContent content, string? bodyFormat)
    {
        var json = new JsonObject
        {
            ["id"] = content.Id,
            ["status"] = content.Status,
            ["title"] = content.Title,
        };
        switch (content.Type)
        {
            case SandboxContentType.Page:
                json["spaceId"] = Id(content.Space.Id);
                // parentId and parentType are non-null strings in the spec: a top-level page leaves them out.
                if (content.ParentId is { } parentId)
                {
                    json["parentId"] = parentId;
                    json["parentType"] = "page";
                }

                json["position"] = null;
                break;
            case SandboxContentType.BlogPost:
                json["spaceId"] = Id(content.Space.Id);
                break;
            case SandboxContentType.Comment:
                json["pageId"] = content.ParentId;
                break;
        }

        json["authorId"] = content.AuthorId;
        json["createdAt"] = Time(content.CreatedAt);
        json["version"] = V2Version(content.Current);
        json["body"] = string.Equals(bodyFormat, "storage", StringComparison.Ordinal)
            ? new JsonObject { ["storage"] = new JsonObject { ["value"] = content.Body, ["representation"] = "storage" } }
            : new JsonObject();
        var kind = content.Type == SandboxContentType.BlogPost ? "blog" : "pages";
        json["_links"] = new JsonObject
        {
            ["webui"] = $"/spaces/{content.Space.Key}/{kind}/{content.Id}",
            ["editui"] = $"/pages/resumedraft.action?draftId={content.Id}",
            ["tinyui"] = $"/x/{content.Id}",
        };
        return json;
    }

    public static JsonObject V2Attachment(SandboxAttachment attachment, SandboxContent container)
    {
        var json = new JsonObject
        {
            ["id"] = attachment.Id,
            ["status"] = "current",
            ["title"] = attachment.FileName,
            ["createdAt"] = Time(attachment.CreatedAt),
            ["mediaType"] = attachment.MediaType,
            ["fileSize"] = attachment.FileSize,
            ["fileId"] = attachment.Id,
            ["version"] = new JsonObject { ["number"] = 1, ["authorId"] = attachment.AuthorId, ["createdAt"] = Time(attachment.CreatedAt) },
            ["downloadLink"] = DownloadPath(attachment),
            ["_links"] = new JsonObject { ["download"] = DownloadPath(attachment), ["webui"] = $"/pages/viewpageattachments.action?pageId={container.Id}" },
        };
        json[container.Type == SandboxContentType.BlogPost ? "blogPostId" : "pageId"] = container.Id;
        if (attachment.Comment is { } comment)
        {
            json["comment"] = comment; // a string in the spec, never null
        }

        return json;
    }

    public static JsonObject V2Label(string label) => new() { ["id"] = LabelId(label), ["name"] = label, ["prefix"] = "global" };

    // ---- Confluence v1 and Data Center ----

    public static JsonObject V1Space(SandboxSpace space) => new()
    {
        ["id"] = space.Id,
        ["key"] = space.Key,
        ["name"] = space.Name,
        ["type"] = "global",
        ["status"] = "current",
        ["_expandable"] = new JsonObject { ["homepage"] = space.HomepageId is null ? null : $"/rest/api/content/{space.HomepageId}" },
        ["_links"] = new JsonObject { ["webui"] = $"/spaces/{space.Key}", ["self"] = $"/rest/api/space/{space.Key}" },
    };

    /// <summary>v1 content; <paramref name="expand"/> as the <c>expand</c> query gives it (body.storage, ancestors, version, space).</summary>
    public static JsonObject V1Content(SandboxContent content, string? expand, IReadOnlyList<SandboxContent>? ancestors)
    {
        var expansions = (expand ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var json = new JsonObject
        {
            ["id"] = content.Id,
            ["type"] = content.Type switch { SandboxContentType.BlogPost => "blogpost", SandboxContentType.Comment => "comment", _ => "page" },
            ["status"] = content.Status,
            ["title"] = content.Title,
            ["space"] = V1Space(content.Space),
            ["version"] = new JsonObject
            {
                ["number"] = content.Version,
                ["when"] = Time(content.Current.CreatedAt),
                ["minorEdit"] = false,
                ["message"] = content.Current.Message,
                ["by"] = new JsonObject { ["type"] = "known", ["accountId"] = content.Current.AuthorId },
            },
        };
        if (expansions.Contains("body.storage"))
        {
            json["body"] = new JsonObject { ["storage"] = new JsonObject { ["value"] = content.Body, ["representation"] = "storage" } };
        }

        if (expansions.Contains("ancestors") && ancestors is not null)
        {
            json["ancestors"] = new JsonArray(ancestors.Select(a => (JsonNode)new JsonObject { ["id"] = a.Id, ["type"] = "page", ["status"] = a.Status, ["title"] = a.Title }).ToArray());
        }

        json["_links"] = new JsonObject
        {
            ["webui"] = $"/spaces/{content.Space.Key}/pages/{content.Id}",
            ["self"] = $"/rest/api/content/{content.Id}",
        };
        return json;
    }

    public static JsonObject V1Attachment(SandboxAttachment attachment) => new()
    {
        ["id"] = attachment.Id,
        ["type"] = "attachment",
        ["status"] = "current",
        ["title"] = attachment.FileName,
        ["metadata"] = new JsonObject { ["mediaType"] = attachment.MediaType, ["comment"] = attachment.Comment },
        ["extensions"] = new JsonObject { ["mediaType"] = attachment.MediaType, ["fileSize"] = attachment.FileSize, ["comment"] = attachment.Comment },
        ["version"] = new JsonObject { ["number"] = 1, ["when"] = Time(attachment.CreatedAt), ["minorEdit"] = false },
        ["container"] = new JsonObject { ["id"] = attachment.ContainerId },
        ["_links"] = new JsonObject { ["download"] = DownloadPath(attachment), ["self"] = $"/rest/api/content/{attachment.Id}" },
    };

    public static JsonObject V1Label(string label) => new() { ["prefix"] = "global", ["name"] = label, ["id"] = LabelId(label), ["label"] = label };

    public static JsonObject V1User(SandboxUser? user, bool dataCenter)
    {
        if (user is null)
        {
            return new JsonObject { ["type"] = "anonymous", ["displayName"] = "Anonymous", ["profilePicture"] = ProfilePicture() };
        }

        var json = new JsonObject
        {
            ["type"] = "known",
            ["displayName"] = user.DisplayName,
            ["profilePicture"] = ProfilePicture(),
        };
        if (dataCenter)
        {
            json["username"] = user.UserName;
            json["userKey"] = user.AccountId;
        }
        else
        {
            json["accountId"] = user.AccountId;
            json["accountType"] = "atlassian";
            json["email"] = user.Email;
            json["publicName"] = user.DisplayName;
        }

        return json;
    }

    // ---- Jira ----

    public static JsonObject JiraIssue(SandboxIssue issue, string siteBase) => JiraRepresentations.Issue(issue, siteBase);

    public static JsonObject JiraUser(SandboxUser user, string siteBase) => JiraRepresentations.User(user, siteBase);

    private static string DownloadPath(SandboxAttachment attachment)
        => $"/download/attachments/{attachment.ContainerId}/{Uri.EscapeDataString(attachment.FileName)}?version=1&api=v2";

    private static JsonObject ProfilePicture() => new() { ["path"] = "/wiki/aa-avatar/default.png", ["width"] = 48, ["height"] = 48, ["isDefault"] = true };

    /// <summary>A stable numeric id per label name (the sandbox keeps no label table).</summary>
    private static string LabelId(string label)
    {
        var hash = 17L;
        foreach (var c in label)
        {
            hash = unchecked((hash * 31) + c) & 0x7FFFFFFF;
        }

        return hash.ToString(CultureInfo.InvariantCulture);
    }
}
