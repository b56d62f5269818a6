#!/usr/bin/env bash
# Lints one OpenAPI document, a file or a URL (such as http://localhost:8080/q/openapi?format=json), with Spectral
# (spectral:oas, ruleset openapi.spectral.yaml) and Redocly (recommended, config redocly.yaml), and checks that every
# schema pattern is an ECMAScript regex (check-openapi-patterns.mjs). Fails on any error and on any warning: the rules
# turned off are in those two files, each with its reason.
#
# Usage: .ci/lint/lint-openapi.sh <openapi file or URL>
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if [ $# -ne 1 ]; then
  echo "usage: $0 <openapi file or URL>" >&2
  exit 2
fi
if [ ! -x "$here/node_modules/.bin/spectral" ] || [ ! -x "$here/node_modules/.bin/redocly" ]; then
  npm ci --prefix "$here" --no-audit --no-fund --loglevel=error
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
case "$1" in
  http://* | https://*) curl -fsS "$1" -o "$work/download" ;;
  *) cp "$1" "$work/download" ;;
esac
# Both linters pick the parser by the file's extension.
if [ "$(tr -d ' \t\r\n' < "$work/download" | head -c 1)" = "{" ]; then doc="$work/openapi.json"; else doc="$work/openapi.yaml"; fi
mv "$work/download" "$doc"

export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
status=0

echo "== Spectral (spectral:oas) on $1"
"$here/node_modules/.bin/spectral" lint --ruleset "$here/openapi.spectral.yaml" --fail-severity=warn "$doc" || status=1

echo "== Redocly (recommended) on $1"
"$here/node_modules/.bin/redocly" lint --config "$here/redocly.yaml" --format=stylish "$doc" 2>&1 || true
"$here/node_modules/.bin/redocly" lint --config "$here/redocly.yaml" --format=json "$doc" 2>/dev/null > "$work/redocly.json" || true
node -e '
  const { totals } = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  console.log(`Redocly: ${totals.errors} errors, ${totals.warnings} warnings`);
  process.exit(totals.errors + totals.warnings === 0 ? 0 : 1);
' "$work/redocly.json" || status=1

echo "== Schema patterns (ECMAScript, u flag) on $1"
node "$here/check-openapi-patterns.mjs" "$doc" || status=1

exit $status
