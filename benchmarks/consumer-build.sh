#!/usr/bin/env bash
# Consumer build cost, as a user gets it: the Scopewise package packed from this checkout, referenced by fresh console
# apps outside the repository (their own nuget.config and packages folder). Apps:
#   plain      - no Scopewise at all
#   prebuilt   - Scopewise with confluence-v2 + jira-v3 named as they are: the package's prebuilt clients are referenced
#   generated  - the same two specs with Prebuilt="false": everything generated and compiled in the app (before issue 14,
#                every app naming a bundled spec paid this)
#   filtered   - the same two specs with IncludeTags (Confluence "Page", Jira "Issues"): generated, but only those tags
# Measured per app: the first (cold) build after restore, and, in ROUNDS interleaved rounds (plain, prebuilt, generated,
# filtered, plain, ...), a build after an edit of Program.cs; the median of the rounds and its ratio to plain are printed.
# Peak memory: the largest resident set of any process of the build (GNU time's %M), which is csc's when every build
# starts its own compiler; with the compiler server, VBCSCompiler's high-water mark (VmHWM) over that app's cold build.
# Usage: benchmarks/consumer-build.sh [ROUNDS] [shared|unshared]   Not run by CI.
#   shared   - builds use the compiler server (VBCSCompiler), as on most developer machines
#   unshared - every build starts a new csc process (UseSharedCompilation=false, as some CI containers and this
#              workplace's environment set)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
rounds="${1:-5}"
mode="${2:-shared}"
case "$mode" in
  shared) compiler=(-p:UseSharedCompilation=true) ;;
  unshared) compiler=(-p:UseSharedCompilation=false) ;;
  *) echo "usage: $0 [ROUNDS] [shared|unshared]" >&2; exit 2 ;;
esac
work="$(mktemp -d)"
trap 'dotnet build-server shutdown >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

dotnet pack "$root/runtime/Scopewise/Scopewise.csproj" -c Release -o "$work/feed" -v:q -nologo >"$work/pack.log" 2>&1 || { tail -30 "$work/pack.log"; exit 1; }
package="$(ls "$work/feed"/Scopewise.*.nupkg | grep -v '\.snupkg$' | head -1)"
version="$(basename "$package" .nupkg)"; version="${version#Scopewise.}"

write_app() { # name, items
  mkdir -p "$work/$1"
  local reference=""
  [[ -n "$2" ]] && reference="<ItemGroup><PackageReference Include=\"Scopewise\" Version=\"$version\" /></ItemGroup>"
  cat >"$work/$1/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <config><add key="globalPackagesFolder" value="$work/packages" /></config>
  <packageSources><clear /><add key="local" value="$work/feed" /><add key="nuget.org" value="https://api.nuget.org/v3/index.json" /></packageSources>
</configuration>
XML
  cat >"$work/$1/$1.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
  </PropertyGroup>
  $reference
  <ItemGroup>$2</ItemGroup>
</Project>
XML
  echo 'Console.WriteLine("edit 0");' >"$work/$1/Program.cs"
}

apps=(plain prebuilt generated filtered)
write_app plain ""
write_app prebuilt '<ScopewiseApi Include="confluence-v2" /><ScopewiseApi Include="jira-v3" />'
write_app generated '<ScopewiseApi Include="confluence-v2" Prebuilt="false" /><ScopewiseApi Include="jira-v3" Prebuilt="false" />'
write_app filtered '<ScopewiseApi Include="confluence-v2" IncludeTags="Page" /><ScopewiseApi Include="jira-v3" IncludeTags="Issues" />'

build() { # app, extra args...; prints "seconds peak-KB"
  local app="$1"; shift
  /usr/bin/time -f "%e %M" -o "$work/time.txt" dotnet build "$work/$app" -c Release --no-restore "${compiler[@]}" "$@" >"$work/last.log" 2>&1 \
    || { tail -30 "$work/last.log"; exit 1; }
  cat "$work/time.txt"
}
server_peak_kb() { # VBCSCompiler's high-water mark, or "-" when no server runs
  local pid; pid="$(pgrep -f VBCSCompiler | head -1 || true)"
  [[ -n "$pid" ]] && awk '/VmHWM/ {print $2}' "/proc/$pid/status" || echo "-"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ), compiler: $mode, package: $(du -k "$package" | cut -f1) KB, rounds: $rounds"
declare -A cold peak edits
for app in "${apps[@]}"; do
  dotnet restore "$work/$app" -v:q >"$work/restore-$app.log" 2>&1 || { tail -20 "$work/restore-$app.log"; exit 1; }
  dotnet build-server shutdown >/dev/null 2>&1 || true
  read -r seconds kb < <(build "$app")
  cold[$app]="$seconds"
  if [[ "$mode" == shared ]]; then peak[$app]="$(server_peak_kb)"; else peak[$app]="$kb"; fi
done
for round in $(seq 1 "$rounds"); do
  for app in "${apps[@]}"; do
    echo "Console.WriteLine(\"edit $round\");" >"$work/$app/Program.cs"
    read -r seconds _ < <(build "$app")
    edits[$app]="${edits[$app]:-} $seconds"
  done
done
# What each app compiled besides Program.cs: generated files and their size, as the compiler saw them.
plain_median="$(tr ' ' '\n' <<<"${edits[plain]}" | grep . | median)"
printf '%-10s %10s %8s %9s %12s %10s %9s\n' app "edit s" "ratio" "cold s" "peak MB" "gen files" "gen KB"
for app in "${apps[@]}"; do
  dotnet build "$work/$app" -c Release --no-restore --no-incremental "${compiler[@]}" -p:EmitCompilerGeneratedFiles=true \
    -p:CompilerGeneratedFilesOutputPath="$work/gen-$app" >/dev/null 2>&1
  files=$(find "$work/gen-$app" -path '*Scopewise.Generator*' -name '*.cs' 2>/dev/null | wc -l)
  kb=$(find "$work/gen-$app" -path '*Scopewise.Generator*' -name '*.cs' -print0 2>/dev/null | du -ck --files0-from=- 2>/dev/null | tail -1 | cut -f1)
  m="$(tr ' ' '\n' <<<"${edits[$app]}" | grep . | median)"
  peak_mb="-"; [[ "${peak[$app]}" != "-" ]] && peak_mb=$(( ${peak[$app]} / 1024 ))
  printf '%-10s %10s %8s %9s %12s %10s %9s\n' "$app" "$m" "$(echo "scale=2; $m / $plain_median" | bc)" "${cold[$app]}" "$peak_mb" "$files" "${kb:-0}"
  echo "  rounds:${edits[$app]}"
done
