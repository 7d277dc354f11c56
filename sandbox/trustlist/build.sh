#!/usr/bin/env bash
# Rebuilds the demo trust list (trustlist.json at the repository root) from the fragments in this folder, with the
# coordinator CLI, and signs it with the DEMO coordinator key (sandbox/keys/coordinator.private.jwk, public on purpose).
# DEMO ONLY: the keys and the client secret hash in this list protect nothing.
#
#   sandbox/trustlist/build.sh            # writes trustlist.json
#   sandbox/trustlist/build.sh out.json   # writes elsewhere
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"
out="${1:-trustlist.json}"
keys=sandbox/keys

# Every status of the demo list starts at the same instant, with the same reason.
since="2026-11-25T00:00:00Z"
reason="初回認定（デモ） / initial demo accreditation"

dotnet build Hub.TrustList --nologo -v quiet >/dev/null
cli() { dotnet run --no-build --project Hub.TrustList -- "$@"; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
draft="$work/trustlist.json"

cli init --file "$draft" \
  --issuer-id "https://coordinator.regional-id.example" \
  --issuer-name-ja "地域ID連携 全国コーディネーター（デモ）" \
  --issuer-name-en "Regional ID Federation National Coordinator (demo)" \
  --validity-days 30

cli provider add --file "$draft" --from "$here/providers/mebuku.json" \
  --signing-cert "$keys/mebuku-idp.crt.pem" --at "$since" --reason "$reason"
cli provider add --file "$draft" --from "$here/providers/mydoor-osaka.json" \
  --jwks "$keys/mydoor-osaka-op.public.jwk" --at "$since" --reason "$reason"
cli provider add --file "$draft" --from "$here/providers/aizu-plus.json" \
  --jwks "$keys/aizu-plus-op.public.jwk" --at "$since" --reason "$reason"

cli brand add --file "$draft" --provider mydoor-osaka --from "$here/brands/sakai-d.json" --at "$since" --reason "$reason"

cli rp add --file "$draft" --from "$here/relying-parties/osaka-kosodate.json" \
  --jwks "$keys/demo-rp-osaka-kosodate.public.jwk" --at "$since" --reason "$reason"
# Demo only: client_secret_basic, the list holds base64url(SHA-256("demo-maebashi-library-secret")), never the secret.
cli rp add --file "$draft" --from "$here/relying-parties/maebashi-library.json" --at "$since" --reason "$reason"

# A rebuilt list must not roll the sequence back below the one it replaces.
previous=0
if [[ -f "$out" ]]; then
  previous="$(grep -o '"sequence": *[0-9]*' "$out" | head -n 1 | grep -o '[0-9]*$' || echo 0)"
fi
cli sign --file "$draft" --key "$keys/coordinator.private.jwk" --out "$out" --sequence "$((previous + 1))"
cli verify "$out" --trust-anchor "$keys/coordinator.public.jwk"
