#!/usr/bin/env bash
# Consumer build cost: `dotnet build` time of a small console app
#   plain     - no Scopewise at all
#   full      - Scopewise with confluence-v2 + jira-v3 (everything generated)
#   filtered  - the same two specs with IncludeTags (Confluence "Page", Jira "Issues")
# Each app references Scopewise the way in-repo projects do (generator/Scopewise.Generator/Scopewise.Generator.Local.*),
# which is what the package adds, so its own projects are built once up front and not timed.
# Timed, RUNS times each (median printed): a build after an edit of Program.cs, and a full rebuild of the app alone.
# Usage: benchmarks/consumer-build.sh [RUNS] [shared|unshared]   Not run by CI.
#   shared   - builds use the compiler server (VBCSCompiler), as on most developer machines: the compiler and the
#              generator stay loaded and JIT-compiled between builds
#   unshared - every build starts a new csc process (UseSharedCompilation=false, as this workplace's environment sets)
#   default  - whatever the environment says
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-3}"
compiler=()
case "${2:-}" in
  shared) compiler=(-p:UseSharedCompilation=true) ;;
  unshared) compiler=(-p:UseSharedCompilation=false) ;;
  "") ;;
  *) echo "usage: $0 [RUNS] [shared|unshared]" >&2; exit 2 ;;
esac
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

write_project() { # name, items
  mkdir -p "$work/$1"
  local imports_top="" imports_bottom=""
  if [[ -n "$2" ]]; then
    imports_top="<Import Project=\"$root/generator/Scopewise.Generator/Scopewise.Generator.Local.props\" />"
    imports_bottom="<Import Project=\"$root/generator/Scopewise.Generator/Scopewise.Generator.Local.targets\" />"
  fi
  cat >"$work/$1/$1.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  $imports_top
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
  </PropertyGroup>
  <ItemGroup>$2</ItemGroup>
  $imports_bottom
</Project>
XML
  echo 'Console.WriteLine("edit 0");' >"$work/$1/Program.cs"
}

write_project plain ""
write_project full '<ScopewiseApi Include="confluence-v2" /><ScopewiseApi Include="jira-v3" />'
write_project filtered '<ScopewiseApi Include="confluence-v2" IncludeTags="Page" /><ScopewiseApi Include="jira-v3" IncludeTags="Issues" />'
# The repo's Directory.Build.props/Directory.Packages.props are not above $work; the apps are plain SDK projects.

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
seconds() { local start end; start=$(date +%s.%N); "$@" >"$work/last.log" 2>&1 || { cat "$work/last.log"; exit 1; }; end=$(date +%s.%N); echo "$end - $start" | bc; }

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ), compiler: ${2:-environment (UseSharedCompilation=${UseSharedCompilation:-unset})}"
printf '%-9s %12s %12s %10s %10s\n' app "edit-build s" "rebuild s" "gen files" "gen KB"
for app in plain full filtered; do
  dotnet build "$work/$app" -c Release "${compiler[@]}" >"$work/first-$app.log" 2>&1 || { tail -20 "$work/first-$app.log"; exit 1; }
  edit=() rebuild=()
  for i in $(seq 1 "$runs"); do
    echo "Console.WriteLine(\"edit $i\");" >"$work/$app/Program.cs"
    edit+=("$(seconds dotnet build "$work/$app" -c Release --no-restore -p:BuildProjectReferences=false "${compiler[@]}")")
    rebuild+=("$(seconds dotnet build "$work/$app" -c Release --no-restore --no-incremental -p:BuildProjectReferences=false "${compiler[@]}")")
  done
  # What the generator added, as the compiler saw it.
  dotnet build "$work/$app" -c Release --no-restore -p:BuildProjectReferences=false -p:EmitCompilerGeneratedFiles=true \
    -p:CompilerGeneratedFilesOutputPath="$work/gen-$app" --no-incremental >/dev/null 2>&1
  files=$(find "$work/gen-$app" -path '*Scopewise.Generator*' -name '*.cs' 2>/dev/null | wc -l)
  kb=$(find "$work/gen-$app" -path '*Scopewise.Generator*' -name '*.cs' -print0 2>/dev/null | du -ck --files0-from=- 2>/dev/null | tail -1 | cut -f1)
  printf '%-9s %12s %12s %10s %10s\n' "$app" "$(printf '%s\n' "${edit[@]}" | median)" "$(printf '%s\n' "${rebuild[@]}" | median)" "$files" "${kb:-0}"
done
