namespace Scopewise.Demo;

/// <summary>The text `--help` prints.</summary>
public static class HelpText
{
    /// <summary>Usage, commands, configuration and exit codes.</summary>
    public const string Usage = """
        Scopewise demo: Confluence and Jira through typed clients generated at compile time, each call naming its OAuth scopes.

        Usage: scopewise-demo COMMAND [ARGUMENTS] [OPTIONS]
               dotnet run --project samples/Scopewise.Demo -- COMMAND ...

        Commands:
          spaces                                   list the spaces you can see
          pages list [--space KEY] [--max N]       list pages (all, or one space's), with progress
          pages get ID                             show one page with its storage-format body
          pages create --space KEY --title TEXT [--body HTML]
                                                   create a page
          search CQL [--max N]                     CQL search, e.g. search 'type = page AND space = DEMO'
          issues create --project KEY --summary TEXT [--description-file notes.md] [--type Task]
                                                   create a Jira issue; the Markdown file becomes its ADF description
          issues get KEY                           show a Jira issue with its description as text
          issues comment KEY TEXT                  comment on a Jira issue (TEXT is Markdown)
          scopes ASSEMBLY [--style granular|classic]
                                                   the scopes a built assembly needs (no site needed)
          login [--port 13131] [--scopes "a b"]    OAuth 2.0 login in the browser; saves tokens for later commands

        Configuration (environment). With SCOPEWISE_SITE unset the demo starts a local sandbox in this process and
        runs against its demo data: nothing reaches Atlassian.
          SCOPEWISE_SITE                  acme.atlassian.net, or https://confluence.example.com for Data Center
          SCOPEWISE_EMAIL + SCOPEWISE_API_TOKEN         API token (add SCOPEWISE_API_TOKEN_SCOPED=true if scoped)
          SCOPEWISE_OAUTH_CLIENT_ID + SCOPEWISE_OAUTH_CLIENT_SECRET + SCOPEWISE_OAUTH_TOKEN_STORE
                                          OAuth 2.0 app; run `login` once first
          SCOPEWISE_SERVICE_ACCOUNT_CLIENT_ID + SCOPEWISE_SERVICE_ACCOUNT_CLIENT_SECRET
                                          Cloud service account's OAuth 2.0 credential (no login needed)
          SCOPEWISE_PAT                   Data Center personal access token
          SCOPEWISE_USERNAME + SCOPEWISE_PASSWORD       Data Center user and password

        Exit codes:
          0  done
          1  usage: unknown command, missing or bad argument
          2  configuration or authentication: missing variable, refused credential, missing scope, failed login
          3  the API answered with an error (not found, conflict, rate limited after retries...)
          4  scopes: the assembly could not be read
        """;
}
