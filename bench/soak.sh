#!/usr/bin/env bash
# Soak (not run in CI): the brokered-login load generator for 10 minutes at about 70% of the measured peak, on the
# Redis store (a redis-server the generator starts on a loopback port) with one hub process and the sandbox providers
# in another. Reports the error count, latency per minute and each process's RSS at the start and the end.
#   bench/soak.sh                 # 70% of the peak of a short ramp run just before
#   bench/soak.sh 25              # a fixed rate, logins/s
#   SOAK_MINUTES=2 SOAK_CONFIG=redis-2 bench/soak.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v redis-server >/dev/null || { echo "redis-server is needed (apt-get install redis-server)" >&2; exit 1; }
dotnet build -c Release bench/Hub.Bench.Load -v q -nologo >/dev/null
nproc; head -c 200 /proc/loadavg; echo
exec dotnet bench/Hub.Bench.Load/bin/Release/net10.0/Hub.Bench.Load.dll \
  --configs "${SOAK_CONFIG:-redis-1}" --soak-minutes "${SOAK_MINUTES:-10}" --rate "${1:-0}" \
  --warmup 30 --ramp 2,4,8,16 --ramp-seconds 6
