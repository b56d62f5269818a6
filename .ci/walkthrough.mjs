// Plays the README's curl walk-through against a running service and checks that what the service prints has the
// shape the README shows (the same fields, nested the same way, with the same JSON types; values differ from run to
// run: ids, tokens, the question drawn). With --update, writes what the service printed into the README instead.
//
// The walk-through is the part of README.md between <!-- walkthrough:start --> and <!-- walkthrough:end -->: its
// ```bash blocks run in order in one bash process (so variables carry over), and a ```json block right after a bash
// block is what that block prints. "localhost:8080" in the commands is replaced by the base address given.
//
// Usage: node .ci/walkthrough.mjs [--update] README.md http://127.0.0.1:PORT     Exit status 1 on any difference.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const args = process.argv.slice(2);
const update = args[0] === "--update";
const [readmePath, base] = update ? args.slice(1) : args;
if (!readmePath || !base) {
  console.error("usage: node .ci/walkthrough.mjs [--update] README.md http://host:port");
  process.exit(2);
}
const readme = readFileSync(readmePath, "utf8");
const START = "<!-- walkthrough:start -->";
const END = "<!-- walkthrough:end -->";
const from = readme.indexOf(START);
const to = readme.indexOf(END);
if (from < 0 || to < from) {
  console.error(`${readmePath}: no walk-through between ${START} and ${END}`);
  process.exit(1);
}
const section = readme.slice(from, to);

// The fenced blocks of the section, in order: { lang, body, start, end } (offsets of the body within the section).
const blocks = [];
const fence = /^```(\w*)\n([\s\S]*?)^```$/gm;
for (let m; (m = fence.exec(section)); ) {
  const bodyStart = m.index + 4 + m[1].length;
  blocks.push({ lang: m[1], body: m[2], start: bodyStart, end: bodyStart + m[2].length });
}
const steps = [];
blocks.forEach((b, i) => {
  if (b.lang === "bash") {
    const next = blocks[i + 1];
    steps.push({ command: b.body, expected: next && next.lang === "json" ? next : null });
  }
});
if (steps.length === 0 || !steps.some((s) => s.expected)) {
  console.error(`${readmePath}: the walk-through has no bash block followed by its json output`);
  process.exit(1);
}

// One bash process for every step, a marker line between their outputs; run in a scratch folder (files it writes).
const address = base.replace(/^https?:\/\//, "").replace(/\/$/, "");
const marker = (i) => `@@walkthrough-step-${i}@@`;
const script = ["set -euo pipefail"]
  .concat(steps.map((s, i) => `echo '${marker(i)}'\n${s.command.replaceAll("localhost:8080", address)}`))
  .join("\n");
let output;
try {
  output = execFileSync("bash", ["-c", script], { cwd: mkdtempSync(join(tmpdir(), "walkthrough-")), encoding: "utf8" });
} catch (e) {
  console.error(`walk-through failed (exit ${e.status}):\n${e.stdout ?? ""}${e.stderr ?? ""}`);
  process.exit(1);
}
const printed = steps.map((_, i) => {
  const start = output.indexOf(marker(i)) + marker(i).length + 1;
  const next = output.indexOf(marker(i + 1));
  return output.slice(start, next < 0 ? undefined : next);
});

// The shape of a JSON value: its type, the shapes of an object's fields, the shape of an array's first element.
const shape = (v) => {
  if (v === null) return null; // null matches any type: an optional field
  if (Array.isArray(v)) return { array: v.length ? shape(v[0]) : undefined };
  if (typeof v === "object") return { object: Object.fromEntries(Object.keys(v).sort().map((k) => [k, shape(v[k])])) };
  return typeof v;
};
const kind = (s) => (typeof s === "string" ? s : "array" in s ? "array" : "object");
const differences = (path, a, b, out) => {
  if (a === null || b === null || a === undefined || b === undefined) return out;
  if (kind(a) !== kind(b)) {
    out.push(`${path}: README shows ${kind(a)}, service printed ${kind(b)}`);
  } else if (kind(a) === "array") {
    differences(`${path}[0]`, a.array, b.array, out);
  } else if (kind(a) === "object") {
    for (const k of new Set([...Object.keys(a.object), ...Object.keys(b.object)])) {
      if (!(k in a.object)) out.push(`${path}.${k}: printed by the service, missing from the README`);
      else if (!(k in b.object)) out.push(`${path}.${k}: shown in the README, not printed by the service`);
      else differences(`${path}.${k}`, a.object[k], b.object[k], out);
    }
  }
  return out;
};

const problems = [];
let updated = section;
for (let i = steps.length - 1; i >= 0; i--) {
  const { expected } = steps[i];
  if (!expected) continue;
  let actual;
  try {
    actual = JSON.parse(printed[i]);
  } catch {
    problems.push(`step ${i + 1}: the service did not print JSON:\n${printed[i]}`);
    continue;
  }
  if (update) {
    updated = updated.slice(0, expected.start) + JSON.stringify(actual, null, 2) + "\n" + updated.slice(expected.end);
    continue;
  }
  let shown;
  try {
    shown = JSON.parse(expected.body);
  } catch (e) {
    problems.push(`step ${i + 1}: the README's output is not JSON (${e.message})`);
    continue;
  }
  differences(`step ${i + 1}`, shape(shown), shape(actual), problems);
}
if (update) {
  writeFileSync(readmePath, readme.slice(0, from) + updated + readme.slice(to));
  console.log(`walk-through: ${steps.length} steps played, ${readmePath} updated with what the service printed`);
} else if (problems.length > 0) {
  console.error(`walk-through: ${problems.length} difference(s) between the README and the service:`);
  problems.forEach((p) => console.error("  " + p));
  process.exit(1);
} else {
  console.log(`walk-through: ${steps.length} steps played, every output has the shape the README shows`);
}
