// Project rules for the Dockerfile that the generic linters (dockerfilelint, dockerfile-utils) do not check
// (STYLE.md, "Deployment files"): every base image has a version tag, never :latest; the image runs as a non-root
// user; it listens on 8080; it logs JSON (a local run logs plain lines); .dockerignore exists.
//
// Usage: node .ci/lint/check-dockerfile.mjs [Dockerfile]    Exit status 1 on any problem.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

const file = process.argv[2] ?? "Dockerfile";
// Instructions with their first line's number; continuation lines (ending in a backslash) joined.
const instructions = [];
readFileSync(file, "utf8").split("\n").forEach((text, i) => {
  const previous = instructions[instructions.length - 1];
  if (previous?.continued) {
    previous.line += " " + text.trim();
  } else {
    instructions.push({ number: i + 1, line: text.trim() });
  }
  const last = instructions[instructions.length - 1];
  last.continued = last.line.endsWith("\\");
  last.line = last.line.replace(/\\$/, "");
});
const problems = [];
const stages = new Set();
let user = null;
let exposed = false;
let jsonLogs = false;
instructions.forEach(({ number, line }) => {
  const [instruction, ...args] = line.split(/\s+/);
  switch (instruction.toUpperCase()) {
    case "FROM": {
      const image = args.filter((a) => !a.startsWith("--"))[0];
      const alias = args.findIndex((a) => a.toUpperCase() === "AS");
      if (!stages.has(image)) {
        const tag = image.includes("@") ? "digest" : image.slice(image.lastIndexOf("/") + 1).split(":")[1];
        if (!tag || tag === "latest" || tag.includes("$")) {
          problems.push(`line ${number}: base image ${image} needs a fixed version tag (not :latest)`);
        }
      }
      if (alias >= 0) {
        stages.add(args[alias + 1]);
      }
      user = null; // USER applies per stage: only the final stage's counts
      break;
    }
    case "USER":
      user = args[0];
      break;
    case "ENV":
      jsonLogs ||= args.some((a) => a === "QUARKUS_LOG_CONSOLE_JSON_ENABLED=true");
      break;
    case "EXPOSE":
      exposed ||= args.some((a) => a.split("/")[0] === "8080");
      break;
  }
});
if (user === null || /^(root|0)(:|$)/.test(user)) {
  problems.push(`the final stage must switch to a non-root USER (found: ${user ?? "none"})`);
}
if (!exposed) {
  problems.push("the image must EXPOSE 8080");
}
if (!jsonLogs) {
  problems.push("the image must log JSON for log collectors: ENV QUARKUS_LOG_CONSOLE_JSON_ENABLED=true");
}
if (!existsSync(join(dirname(file), ".dockerignore"))) {
  problems.push(".dockerignore is missing: the whole folder (target/, data/, .git/) would be sent to the build");
}
if (problems.length > 0) {
  console.error(`${file}: ${problems.length} problem(s):`);
  problems.forEach((p) => console.error("  " + p));
  process.exit(1);
}
console.log(`${file}: base images pinned, non-root user ${user}, port 8080, JSON logs`);
