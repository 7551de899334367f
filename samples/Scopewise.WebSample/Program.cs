// The Scopewise web sample: `dotnet run --project samples/Scopewise.WebSample` with SCOPEWISE_SITE,
// SCOPEWISE_OAUTH_CLIENT_ID, SCOPEWISE_OAUTH_CLIENT_SECRET and SCOPEWISE_PUBLIC_URL (http://127.0.0.1:5000 by default;
// register {SCOPEWISE_PUBLIC_URL}/callback as the app's callback URL), then open the public URL and sign in.
using Scopewise.WebSample;

var settings = WebSampleSettings.FromEnvironment(Environment.GetEnvironmentVariable);
var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseUrls(settings.PublicAddress.GetLeftPart(UriPartial.Authority));
var app = WebSampleApp.Build(builder, settings);
await app.RunAsync();
