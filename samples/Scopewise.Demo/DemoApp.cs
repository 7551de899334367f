using Scopewise.Adf;
using Scopewise.Build.Analysis;
using Scopewise.Demo.Commands;
using Scopewise.Demo.Infrastructure;

namespace Scopewise.Demo;

/// <summary>The demo CLI: parses the command line, runs one command, and turns failures into a message and an exit code.</summary>
public static class DemoApp
{
    /// <summary>Runs the command in <paramref name="args"/>.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="output">Results.</param>
    /// <param name="status">Progress, notices and errors.</param>
    /// <param name="environment">Reads SCOPEWISE_* variables.</param>
    /// <param name="cancellationToken">Stops the command.</param>
    /// <returns>One of <see cref="ExitCodes"/>.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter status, Func<string, string?> environment, CancellationToken cancellationToken = default)
    {
        try
        {
            var arguments = CommandLine.Parse(args);
            if (arguments.Help || arguments.Words.Count == 0)
            {
                output.WriteLine(HelpText.Usage);
                return arguments.Help ? ExitCodes.Ok : ExitCodes.Usage;
            }

            var context = new CommandContext(arguments, output, status, environment, cancellationToken);
            switch (arguments.Word(0))
            {
                case "scopes":
                    return ScopesCommand.Run(context);
                case "login":
                    return await LoginCommand.RunAsync(context);
                case "spaces" or "pages" or "search" or "issues":
                    await using (var session = await DemoSession.OpenAsync(environment, status, cancellationToken))
                    {
                        return arguments.Word(0) switch
                        {
                            "spaces" => await SpacesCommand.RunAsync(context, session),
                            "pages" => await PagesCommand.RunAsync(context, session),
                            "issues" => await IssuesCommand.RunAsync(context, session),
                            _ => await SearchCommand.RunAsync(context, session),
                        };
                    }

                default:
                    throw new UsageException($"Unknown command '{arguments.Word(0)}'.");
            }
        }
        catch (AdfFormatException exception)
        {
            // The site sent a description or comment that is not ADF.
            status.WriteLine($"error: {exception.Message}");
            return ExitCodes.ApiError;
        }
        catch (UsageException exception)
        {
            status.WriteLine($"error: {exception.Message}");
            status.WriteLine("Run with --help for the commands and options.");
            return ExitCodes.Usage;
        }
        catch (ArgumentException exception)
        {
            // Configuration: ScopewiseEnvironment and the runtime name the variable or setting to fix.
            status.WriteLine($"error: {exception.Message}");
            return ExitCodes.Auth;
        }
        catch (AtlassianAuthenticationException exception)
        {
            status.WriteLine($"error: {exception.Message}");
            status.WriteLine(exception.Failure == AuthenticationFailure.ScopeMismatch
                ? "The credential was accepted but lacks a scope this call needs: grant it to the token or app (`scopes` lists what the code needs)."
                : "The credential was refused: check the email and token (or run `login` again), and that it belongs to this site.");
            return ExitCodes.Auth;
        }
        catch (Exception exception) when (exception is InsufficientScopeException or OAuthException or InsecureTransportException or TokenStoreException or AtlassianPermissionException)
        {
            status.WriteLine($"error: {exception.Message}");
            return ExitCodes.Auth;
        }
        catch (Exception exception) when (exception is ApiException or ScopewiseException or SpaceNotFoundException)
        {
            status.WriteLine($"error: {exception.Message}");
            return ExitCodes.ApiError;
        }
        catch (ManifestException exception)
        {
            status.WriteLine($"error {exception.Code}: {exception.Message}");
            return ExitCodes.Input;
        }
    }
}
