using System.Globalization;

namespace Scopewise.Sandbox.Host;

/// <summary>The command line (see <see cref="Usage"/>): where to listen, which deployment, the uncertain behaviours, the limiters and the fault switches.</summary>
internal sealed class HostArguments
{
    public const string Usage = """
        usage: dotnet run --project runtime/Scopewise.Sandbox.Host -- [options]
          --port N                        listen on 127.0.0.1:N (default: a free port)
          --data-center                   play Confluence Data Center instead of Cloud
          --context-path /confluence      Data Center only: the context path
          --admin-key KEY                 the key of the control endpoint /_sandbox/ (default: a fresh one, printed)
          --no-control                    switch the control endpoint off
          --rate-limits                   run Atlassian's 2026 limiters (hourly points quota, burst, per-issue writes)
          --quota-points N                points per hour (default 65000; implies --rate-limits)
          --quota-counts-api-tokens       API tokens spend the quota too (Atlassian: OAuth apps only)
          --burst-get-post N              GET/POST per second per endpoint (default 100; implies --rate-limits)
          --burst-put-delete N            PUT/DELETE per second per endpoint (default 50; implies --rate-limits)
          --per-issue-writes N            writes per issue per 2 s (default 20; implies --rate-limits)
          --rate-limit-after N            fault: let N API requests through, then 429 until cleared
          --service-unavailable-next N    fault: answer the next N API requests 503
          --retry-after SECONDS           the Retry-After of those faults (default 1 for 429, none for 503)
          --decline-consent               /authorize redirects back with error=access_denied
          --v1-granular accept|refuse     v1 with granular scopes alone (uncertain at Atlassian; default accept)
          --v1-without-wiki accept|refuse the gateway routes v1 without /wiki (uncertain; default accept)
          --expired-token unauthorized|not-found-v2-forbidden-v1
                                          how the gateway answers an expired access token (uncertain; default unauthorized)
          --keep-access-token-on-refresh  a refresh leaves the old access token alive until it expires
          --access-token-seconds N        access-token lifetime (default 3600)
          --refresh-reuse-seconds N       how long a spent refresh token still works (default 600)
          --max-body-bytes N              larger request bodies get 413 (default 26214400)
        """;

    public int Port { get; private set; }

    public bool DataCenter { get; private set; }

    public string ContextPath { get; private set; } = string.Empty;

    public string? AdminKey { get; private set; }

    public bool Control { get; private set; } = true;

    public SandboxRateLimits? RateLimits { get; private set; }

    public int? RateLimitAfter { get; private set; }

    public int? ServiceUnavailableNext { get; private set; }

    public int? RetryAfterSeconds { get; private set; }

    public bool DeclineConsent { get; private set; }

    /// <summary>Applies the options that live on <see cref="SandboxOptions"/>.</summary>
    public Action<SandboxOptions> Configure { get; private set; } = _ => { };

    public static HostArguments Parse(string[] args)
    {
        var parsed = new HostArguments();
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{name} needs a value.\n{Usage}");
            int Number(int max = int.MaxValue)
            {
                var text = Value();
                return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number <= max
                    ? number
                    : throw new ArgumentException($"{name} takes a whole number up to {max}; got '{text}'.\n{Usage}");
            }

            bool Choice(string yes, string no)
            {
                var text = Value();
                return text == yes || (text == no ? false : throw new ArgumentException($"{name} takes {yes} or {no}; got '{text}'.\n{Usage}"));
            }

            SandboxRateLimits Limits() => parsed.RateLimits ??= new SandboxRateLimits();
            void Then(Action<SandboxOptions> step)
            {
                var before = parsed.Configure;
                parsed.Configure = o => { before(o); step(o); };
            }

            switch (name)
            {
                case "--port": parsed.Port = Number(65535); break;
                case "--data-center": parsed.DataCenter = true; break;
                case "--context-path": parsed.ContextPath = Value(); break;
                case "--admin-key": parsed.AdminKey = Value(); break;
                case "--no-control": parsed.Control = false; break;
                case "--rate-limits": Limits(); break;
                case "--quota-points": var quota = Number(); Limits().HourlyQuotaPoints = quota; break;
                case "--quota-counts-api-tokens": Limits().QuotaCountsApiTokens = true; break;
                case "--burst-get-post": var getPost = Number(); Limits().BurstGetPostPerSecond = getPost; break;
                case "--burst-put-delete": var putDelete = Number(); Limits().BurstPutDeletePerSecond = putDelete; break;
                case "--per-issue-writes": var writes = Number(); Limits().PerIssueWrites = writes; break;
                case "--rate-limit-after": parsed.RateLimitAfter = Number(); break;
                case "--service-unavailable-next": parsed.ServiceUnavailableNext = Number(); break;
                case "--retry-after": parsed.RetryAfterSeconds = Number(); break;
                case "--decline-consent": parsed.DeclineConsent = true; break;
                case "--v1-granular": var granular = Choice("accept", "refuse"); Then(o => o.ConfluenceV1AcceptsGranularScopesAlone = granular); break;
                case "--v1-without-wiki": var withoutWiki = Choice("accept", "refuse"); Then(o => o.GatewayAcceptsConfluenceV1WithoutWiki = withoutWiki); break;
                case "--expired-token":
                    var notFound = Choice("not-found-v2-forbidden-v1", "unauthorized");
                    Then(o => o.ExpiredAccessTokenAnswer = notFound ? ExpiredAccessTokenAnswer.NotFoundOnV2ForbiddenOnV1 : ExpiredAccessTokenAnswer.Unauthorized);
                    break;
                case "--keep-access-token-on-refresh": Then(o => o.RevokeAccessTokenOnRefresh = false); break;
                case "--access-token-seconds": var lifetime = Number(); Then(o => o.AccessTokenLifetime = TimeSpan.FromSeconds(lifetime)); break;
                case "--refresh-reuse-seconds": var reuse = Number(); Then(o => o.RefreshTokenReuseInterval = TimeSpan.FromSeconds(reuse)); break;
                case "--max-body-bytes": var max = Number(); Then(o => o.MaxRequestBodyBytes = max); break;
                default: throw new ArgumentException($"Unknown argument '{name}'.\n{Usage}");
            }
        }

        if (parsed.ContextPath.Length > 0 && !parsed.DataCenter)
        {
            throw new ArgumentException($"--context-path applies to --data-center only.\n{Usage}");
        }

        if (parsed.DataCenter && parsed.RateLimits is not null)
        {
            throw new ArgumentException($"The rate limiters model Atlassian Cloud; drop them with --data-center.\n{Usage}");
        }

        return parsed;
    }
}
