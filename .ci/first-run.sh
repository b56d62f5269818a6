#!/usr/bin/env bash
# The first ten minutes of a newcomer, checked: clone this commit into a temporary folder, read the run command out
# of README.md (the first bash block after "**Run the service**"), run it there exactly as written (only the port is
# chosen, by QUARKUS_HTTP_PORT and QUARKUS_MANAGEMENT_PORT, so that nothing else on the machine is in the way), wait
# for /q/health/ready on the management port, play
# the README's curl walk-through against it (.ci/walkthrough.mjs: one question of a session, then the rank), check
# that a local run logs plain lines rather than JSON, save the served OpenAPI document for the lint, and stop it.
#
# Usage: .ci/first-run.sh [openapi-output-file]      (run from the repository; needs git, node, curl and jq)
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v jq >/dev/null; then  # the walk-through pipes through jq, as the README's reader does
  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q jq
fi
repo=$(pwd)
openapi_out=${1:-target/first-run/openapi.json}
mkdir -p "$(dirname "$openapi_out")"
openapi_out=$(cd "$(dirname "$openapi_out")" && pwd)/$(basename "$openapi_out")

run_command=$(awk '/^\*\*Run the service\*\*/ {found=1} found && /^```bash$/ {inside=1; next} inside && /^```$/ {exit} inside {print}' README.md)
if [ -z "$run_command" ] || [ "$(printf '%s\n' "$run_command" | wc -l)" -ne 1 ]; then
  echo "first run: README.md must give the run command as one line in the first bash block after **Run the service**" >&2
  exit 1
fi
echo "first run: README's run command: $run_command"

work=$(mktemp -d)
git clone -q "$repo" "$work/cinequiz"
free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
port=$(free_port)
management_port=$(free_port)
log="$work/run.log"
cd "$work/cinequiz"
# Its own process group, so that stopping it stops Maven and the service it started.
QUARKUS_HTTP_PORT=$port QUARKUS_MANAGEMENT_PORT=$management_port setsid bash -c "$run_command" >"$log" 2>&1 &
pid=$!
stop() {
  kill -TERM -- "-$pid" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 -- "-$pid" 2>/dev/null || break; sleep 1; done
  kill -KILL -- "-$pid" 2>/dev/null || true
  cp "$log" "$repo/target/first-run/run.log" 2>/dev/null || true
  rm -rf "$work"
}
trap stop EXIT

base="http://127.0.0.1:$port"
started=$(date +%s)
until curl -sf "http://127.0.0.1:$management_port/q/health/ready" >/dev/null; do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "first run: the run command exited before the service was ready; its output:" >&2
    tail -50 "$log" >&2
    exit 1
  fi
  if [ $(( $(date +%s) - started )) -gt 900 ]; then
    echo "first run: not ready after 900 s; its output:" >&2
    tail -50 "$log" >&2
    exit 1
  fi
  sleep 2
done
echo "first run: ready after $(( $(date +%s) - started )) s (build included) on $base"

page=$(curl -sf "$base/")
[[ $page == *"<html"* ]] || { echo "first run: / does not serve the quiz page" >&2; exit 1; }
echo "first run: / serves the quiz page"
node "$repo/.ci/walkthrough.mjs" "$repo/README.md" "$base"

if grep -q '^{"timestamp"' "$log"; then
  echo "first run: a local run logs JSON; it should log plain lines:" >&2
  grep -m 3 '^{"timestamp"' "$log" >&2
  exit 1
fi
grep -q 'INFO  \[io.quarkus\] .*started in' "$log" || { echo "first run: no plain 'started in' log line" >&2; exit 1; }
echo "first run: the log is plain text"

curl -sf "$base/q/openapi?format=json" -o "$openapi_out"
echo "first run: OpenAPI document saved to $openapi_out"
