#!/usr/bin/env bash
# Proves the SW2001 code fix works from the command line, as the README shows it:
#   1. a consumer project with a missing scope fails to build when .editorconfig raises SW2001 to an error;
#   2. `dotnet format analyzers --diagnostics SW2001` adds the scope to [assembly: GrantedScopes(...)];
#   3. the project then builds without SW2001.
# Usage: tests/Scopewise.Analyzers.Tests/scripts/format-fix.sh   (exit code 0 = all three held)
set -euo pipefail
repo="$(cd "$(dirname "$0")/../../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build "$repo/generator/Scopewise.Generator.CodeFixes/Scopewise.Generator.CodeFixes.csproj" -c Debug -v:q -nologo >/dev/null
bin="$repo/generator/Scopewise.Generator.CodeFixes/bin/Debug/netstandard2.0"

cat > "$work/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$repo/runtime/Scopewise/Scopewise.csproj" />
    <!-- What the package puts in analyzers/dotnet/cs. -->
    <Analyzer Include="$bin/Scopewise.Analyzers.dll;$bin/Scopewise.Generator.CodeFixes.dll" />
  </ItemGroup>
</Project>
XML
cat > "$work/.editorconfig" <<'CFG'
root = true
[*.cs]
dotnet_diagnostic.SW2001.severity = error
CFG
cat > "$work/AssemblyInfo.cs" <<'CS'
[assembly: Scopewise.GrantedScopes("read:page:confluence")]
CS
cat > "$work/Pages.cs" <<'CS'
using Scopewise;

public sealed class Pages
{
    [ApiOperation("GET", "/wiki/api/v2/pages/{id}", OperationId = "getPageById")]
    [RequiresScopes("read:page:confluence", Kind = ScopeKind.Granular)]
    public Task<string> GetAsync(long id) => Task.FromResult("page " + id);

    [ApiOperation("POST", "/wiki/api/v2/pages", OperationId = "createPage")]
    [RequiresScopes("write:page:confluence", Kind = ScopeKind.Granular)]
    public Task CreateAsync(string title) => Task.CompletedTask;
}

public static class Worker
{
    public static async Task RunAsync(Pages pages)
    {
        await pages.GetAsync(1);
        await pages.CreateAsync("hello");
    }
}
CS

echo "1. build with SW2001 as an error (must fail)"
if dotnet build "$work/Consumer.csproj" -nologo -v:q > "$work/build1.log" 2>&1; then
  echo "FAIL: the build succeeded although createPage needs write:page:confluence"; exit 1
fi
grep -q "error SW2001" "$work/build1.log" || { echo "FAIL: no 'error SW2001' in the build output"; cat "$work/build1.log"; exit 1; }

echo "2. dotnet format analyzers --diagnostics SW2001"
dotnet format analyzers "$work/Consumer.csproj" --diagnostics SW2001 --severity warn -v:q
grep -q '\[assembly: Scopewise.GrantedScopes("read:page:confluence", "write:page:confluence")\]' "$work/AssemblyInfo.cs" \
  || { echo "FAIL: AssemblyInfo.cs was not fixed:"; cat "$work/AssemblyInfo.cs"; exit 1; }

echo "3. build again (must succeed)"
dotnet build "$work/Consumer.csproj" -nologo -v:q > "$work/build2.log" 2>&1 || { echo "FAIL: build after the fix:"; cat "$work/build2.log"; exit 1; }
echo "OK: dotnet format applied the SW2001 fix:"
cat "$work/AssemblyInfo.cs"
