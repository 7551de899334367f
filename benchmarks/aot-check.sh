#!/usr/bin/env bash
# Publishes samples/Scopewise.AotSample (PublishAot=true in its project file) as native AOT and fails on any trimming/AOT warning (IL2xxx, IL3xxx),
# so generated clients and the runtime stay trimming- and AOT-safe. Not run by CI (the ILC step is slow).
# Usage: benchmarks/aot-check.sh   (AOT_OUT=dir keeps the output there; running it against the sandbox: RESULTS.md)
# Needs: the ILCompiler package from the NuGet registry, and clang + lld (or gcc) for the native link.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
project="$root/samples/Scopewise.AotSample/Scopewise.AotSample.csproj"
out="${AOT_OUT:-$(mktemp -d)}"
mkdir -p "$out"
log="$out/publish.log"

echo "publishing $project -> $out"
# Start from a clean RID folder: an up-to-date ILC step would be skipped and print no warnings at all.
rm -rf "$root/samples/Scopewise.AotSample/obj/Release/net10.0/linux-x64" "$root/samples/Scopewise.AotSample/bin/Release/net10.0/linux-x64"
set +e
dotnet publish "$project" -c Release -r linux-x64 -o "$out/bin" \
  -p:TreatWarningsAsErrors=false -p:TrimmerSingleWarn=false -clp:NoSummary >"$log" 2>&1
status=$?
set -e

# Every trimming/AOT analysis warning, once each (MSBuild repeats some lines).
warnings="$(grep -Eo '(warning|error) IL[0-9]{4}[^[]*' "$log" | sort -u || true)"
if [[ -n "$warnings" ]]; then
  echo "trimming/AOT warnings:"
  echo "$warnings"
  exit 1
fi
if [[ $status -ne 0 ]]; then
  echo "publish failed (no IL warnings); last lines of $log:"
  tail -n 30 "$log"
  exit "$status"
fi
echo "no IL2xxx/IL3xxx warnings; native executable: $out/bin/Scopewise.AotSample"
ls -la "$out/bin/Scopewise.AotSample"
