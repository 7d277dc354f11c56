#!/usr/bin/env bash
# The README's test command. Installs what the tests need (as root, through apt-get, skipping what is there),
# then runs every test project of Federation.sln and prints one closing line: "tests: N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v redis-server >/dev/null 2>&1 || need_apt+=(redis-server)
# Interop tests (docs/interop.md): Node for openid-client, Apache with mod_auth_openidc.
command -v node >/dev/null 2>&1 || need_apt+=(nodejs npm)
{ command -v apache2 >/dev/null 2>&1 || [ -x /usr/sbin/apache2 ]; } || need_apt+=(apache2)
[ -f /usr/lib/apache2/modules/mod_auth_openidc.so ] || need_apt+=(libapache2-mod-auth-openidc)
# The browser tests (tests/Hub.Browser.Tests): Debian's chromium, and CJK fonts so Japanese renders in screenshots.
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || need_apt+=(fonts-noto-cjk)
command -v npm >/dev/null 2>&1 || need_apt+=(npm)
command -v redis-cli >/dev/null 2>&1 || need_apt+=(redis-tools) # the Redis Cluster fault test
command -v xmlsec1 >/dev/null 2>&1 || need_apt+=(xmlsec1) # libxml2's C14N as a second oracle for the SAML canonicaliser
if ((${#need_apt[@]})); then
  if [ "$(id -u)" -ne 0 ]; then
    echo "missing: ${need_apt[*]} — run as root, or: sudo apt-get install -y ${need_apt[*]}" >&2
    exit 1
  fi
  echo "installing: ${need_apt[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

interop_node=tests/interop/openid-client
if [ ! -f "$interop_node/node_modules/.package-lock.json" ] || [ "$interop_node/package-lock.json" -nt "$interop_node/node_modules/.package-lock.json" ]; then
  npm ci --no-audit --no-fund --prefix "$interop_node" >/dev/null
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# axe-core for the browser tests' accessibility checks (pinned by its package-lock.json).
npm ci --prefix tests/Hub.Browser.Tests/axe --no-audit --no-fund --silent
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
dotnet build Federation.sln -c Release -warnaserror 2>&1 | tail -n 3
status=0
# One test project at a time: the suites start real servers and measure real timeouts, and running them side by side
# on a 2-core machine only makes them compete. Every project of the solution whose name ends in Tests runs.
mapfile -t projects < <(dotnet sln Federation.sln list | grep -E 'Tests\.csproj$')
for project in "${projects[@]}"; do
  dotnet test "$project" -c Release --no-build 2>&1 | tee -a "$log" || status=$?
done
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
echo "tests: ${passed} passed, ${failed} failed"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
  exit 1
fi
