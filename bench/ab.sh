#!/usr/bin/env bash
# A/B of two hub builds (not run in CI): two load generators started together, one against each build, each with its
# own providers (and redis-server), on the same CPUs at the same time. The machine's speed drifts by up to half
# between runs minutes apart (docs/performance.md), so one build measured after the other says little about a
# change of 5 to 15 %; run side by side, both see the same drift. Prints each build's gateway and providers CPU per
# login. Both hubs share the CPUs, so the absolute figures read higher than a run of one; compare the two.
#   bench/ab.sh /tmp/base/Hub.Gateway/bin/Release/net10.0/Hub.Gateway.dll     # that build (A) against this tree's (B)
#   AB_CONFIG=redis-1 AB_PROTOCOL=saml bench/ab.sh A.dll [B.dll]
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { echo "usage: bench/ab.sh A/Hub.Gateway.dll [B/Hub.Gateway.dll]" >&2; exit 2; }
a=$(realpath "$1"); b=$(realpath "${2:-Hub.Gateway/bin/Release/net10.0/Hub.Gateway.dll}")
dotnet build -c Release bench/Hub.Bench.Load -v q -nologo >/dev/null
out=$(mktemp -d)
args=(--configs "${AB_CONFIG:-inproc-1}" --protocols "${AB_PROTOCOL:-oidc}" --ramp "" --id-token-alg ES256
  --seconds "${AB_SECONDS:-30}" --warmup "${AB_WARMUP:-120}" --settle-max 0)
gen=bench/Hub.Bench.Load/bin/Release/net10.0/Hub.Bench.Load.dll
dotnet "$gen" "${args[@]}" --hub-dll "$a" >"$out/a.md" 2>&1 &
dotnet "$gen" "${args[@]}" --hub-dll "$b" >"$out/b.md" 2>&1 &
wait
for side in a b; do
  row=$(grep -E '^\| (inproc|redis), [12] instances? \| (saml|oidc) \| [0-9]+\.' "$out/$side.md" | head -1) \
    || { echo "$side: no result, see $out/$side.md" >&2; exit 1; }
  echo "$side: gateway CPU ms/login $(echo "$row" | cut -d'|' -f8 | xargs), providers $(echo "$row" | cut -d'|' -f10 | xargs)"
done
echo "reports: $out"
