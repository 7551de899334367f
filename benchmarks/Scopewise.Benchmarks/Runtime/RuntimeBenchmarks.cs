using System.Net.Http.Headers;
using System.Text;
using BenchmarkDotNet.Attributes;
using Scopewise.Confluence.V2;

namespace Scopewise.Benchmarks.Runtime;

/// <summary>
/// One call through the generated Confluence v2 client versus the hand-written HttpClient + source-generated
/// System.Text.Json equivalent, against the same loopback Kestrel answers. Targets: time ratio ≤ 1.15,
/// allocation ratio ≤ 1.2 (the allocation column counts this process only: the client, not the server, is
/// what differs, but both share the in-process server's allocations equally).
/// </summary>
[BenchmarkCategory("Runtime")]
public class RuntimeBenchmarks
{
    private FixedConfluenceServer _server = null!;
    private HandWrittenClient _hand = null!;
    private ApiConnection _connection = null!;
    private ConfluenceV2Client _scopewise = null!;

    /// <summary>Starts the server and both clients, and checks they read the same data.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _server = FixedConfluenceServer.StartAsync().GetAwaiter().GetResult();
        var authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("bench@example.com:not-a-real-token")));
        _hand = new HandWrittenClient(_server.BaseAddress, authorization);
        _connection = new ApiConnection(_server.BaseAddress, authorization);
        _scopewise = new ConfluenceV2Client(_connection);

        var handPage = _hand.GetPageByIdAsync(ConfluenceFixtures.PageId).GetAwaiter().GetResult();
        var page = _scopewise.Pages.GetPageByIdAsync(ConfluenceFixtures.PageId).GetAwaiter().GetResult();
        var handList = _hand.GetPagesAsync(100).GetAwaiter().GetResult();
        var list = _scopewise.Pages.GetPagesAsync(limit: 100).GetAwaiter().GetResult();
        if (page.Title != handPage.Title || page.Body?.Storage?.Value != handPage.Body?.Storage?.Value || page.Version?.Number != handPage.Version?.Number
            || list.Results?.Count != 100 || handList.Results?.Count != 100 || list.Results[99].Title != handList.Results[99].Title)
        {
            throw new InvalidOperationException("the two clients read different data; the comparison would be meaningless");
        }
    }

    /// <summary>Stops the server and releases the clients.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _connection.Dispose();
        _hand.Dispose();
        _server.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    /// <summary>Hand-written GET /wiki/api/v2/pages/{id}.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("GetPageById")]
    public Task<HandPage> HandWritten_GetPageById() => _hand.GetPageByIdAsync(ConfluenceFixtures.PageId);

    /// <summary>Generated <c>Pages.GetPageByIdAsync</c>.</summary>
    [Benchmark, BenchmarkCategory("GetPageById")]
    public Task<GetPageByIdResult> Scopewise_GetPageById() => _scopewise.Pages.GetPageByIdAsync(ConfluenceFixtures.PageId);

    /// <summary>Hand-written GET /wiki/api/v2/pages?limit=100.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("List100")]
    public Task<HandPageList> HandWritten_List100() => _hand.GetPagesAsync(100);

    /// <summary>Generated <c>Pages.GetPagesAsync(limit: 100)</c>.</summary>
    [Benchmark, BenchmarkCategory("List100")]
    public Task<GetPagesResult> Scopewise_List100() => _scopewise.Pages.GetPagesAsync(limit: 100);
}
