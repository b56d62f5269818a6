// Every regular expression in an OpenAPI document's schemas (`pattern`, and the keys of `patternProperties`) must be
// an ECMAScript regex, compiled as JSON Schema validators compile them: with the u flag. Java-only syntax (\p{Alpha},
// possessive quantifiers, \A, \z, inline flags) fails here; the linters do not check patterns.
//
// Usage: node .ci/lint/check-openapi-patterns.mjs <openapi.json|openapi.yaml>    Exit status 1 on any problem.
import { readFileSync } from "node:fs";
import { parse } from "yaml";

const file = process.argv[2];
if (!file) {
  console.error("usage: node check-openapi-patterns.mjs <openapi document>");
  process.exit(2);
}
const document = parse(readFileSync(file, "utf8"));
const problems = [];
let checked = 0;

const pointer = (path) => "#/" + path.map((key) => String(key).replaceAll("~", "~0").replaceAll("/", "~1")).join("/");

function check(regex, path) {
  checked++;
  try {
    new RegExp(regex, "u");
  } catch (e) {
    problems.push(`${pointer(path)}: ${JSON.stringify(regex)} is not an ECMAScript regex (u flag): ${e.message}`);
  }
}

function walk(node, path) {
  if (Array.isArray(node)) {
    node.forEach((item, i) => walk(item, [...path, i]));
    return;
  }
  if (node === null || typeof node !== "object") {
    return;
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === "example" || key === "examples") {
      continue; // sample values, not schemas
    }
    if (key === "pattern" && typeof value === "string") {
      check(value, [...path, key]);
    } else if (key === "patternProperties" && value !== null && typeof value === "object") {
      Object.keys(value).forEach((regex) => check(regex, [...path, key, regex]));
      walk(value, [...path, key]);
    } else {
      walk(value, [...path, key]);
    }
  }
}

walk(document, []);
problems.forEach((problem) => console.error(problem));
console.log(`${file}: ${checked} schema patterns checked, ${problems.length} not ECMAScript`);
process.exit(problems.length === 0 ? 0 : 1);
