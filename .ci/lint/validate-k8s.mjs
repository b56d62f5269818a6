// Validates the Kubernetes manifests of k8s/ without a cluster.
//
// 1. Renders them as `kubectl apply -k k8s/` would (`kubectl kustomize`); without kubectl, reads the files that
//    kustomization.yaml lists, in order (they use no kustomize transformation that would change them).
// 2. Checks each object against the Kubernetes JSON schema of its kind (kubernetes-models: types, required fields,
//    formats, enums).
// 3. Rejects fields the API does not know, which the schemas let through (a misspelt "readynessProbe" would otherwise be
//    dropped silently by the API server): each object is walked along its kind's type declarations.
// 4. Project rules (STYLE.md, "Deployment files"): every file in k8s/ is applied; images carry a version tag, never
//    :latest; the containers of Deployments and StatefulSets have requests, limits and the three probes.
//
// Usage: node .ci/lint/validate-k8s.mjs [k8s-folder]    Exit status 1 on any problem, each printed with its place.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { parseAllDocuments, parse } from "yaml";

const folder = resolve(process.argv[2] ?? "k8s");
const require = createRequire(import.meta.url);
const modelsRoot = dirname(require.resolve("kubernetes-models/package.json"));
const apimachineryRoot = dirname(require.resolve("@kubernetes-models/apimachinery/package.json"));
const problems = [];
const parsedDeclarations = new Map();

// ---- 1. render ----
const kustomization = parse(readFileSync(join(folder, "kustomization.yaml"), "utf8"));
const listed = kustomization.resources ?? [];
for (const file of readdirSync(folder).filter((f) => /\.ya?ml$/.test(f) && f !== "kustomization.yaml")) {
  if (!listed.includes(file)) {
    problems.push(`${file}: not listed in kustomization.yaml, so kubectl apply -k does not apply it`);
  }
}
let sources;
if (hasKubectl()) {
  try {
    sources = [{ name: "kubectl kustomize", text: execFileSync("kubectl", ["kustomize", folder],
      { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }) }];
  } catch (e) {
    console.error(`k8s: kubectl kustomize ${folder} failed:\n${e.stderr ?? e.message}`);
    process.exit(1);
  }
} else {
  console.log("kubectl not found: validating the files kustomization.yaml lists, unrendered");
  sources = listed.filter((file) => {
    if (!existsSync(join(folder, file))) {
      problems.push(`kustomization.yaml: resource ${file} does not exist`);
    }
    return existsSync(join(folder, file));
  }).map((file) => ({ name: file, text: readFileSync(join(folder, file), "utf8") }));
}
const objects = [];
for (const { name, text } of sources) {
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length > 0) {
      problems.push(`${name}: ${doc.errors.map((e) => e.message).join("; ")}`);
    } else if (doc.contents !== null) {
      objects.push(doc.toJS());
    }
  }
}

// ---- 2. and 3. schemas and unknown fields ----
for (const object of objects) {
  const where = `${object.kind ?? "?"}/${object.metadata?.name ?? "?"}`;
  if (typeof object.apiVersion !== "string" || typeof object.kind !== "string") {
    problems.push(`${where}: apiVersion and kind are required`);
    continue;
  }
  const declaration = join(modelsRoot, object.apiVersion, object.kind + ".d.ts");
  if (!existsSync(declaration)) {
    problems.push(`${where}: unknown kind ${object.kind} in ${object.apiVersion}`);
    continue;
  }
  const Model = (await import(`kubernetes-models/${object.apiVersion}/${object.kind}`))[object.kind];
  try {
    new Model(object).validate();
  } catch (e) {
    for (const error of e.errors ?? [e]) {
      const path = (error.instancePath ?? "").split("/").slice(1)
        .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
        .reduce((p, part) => (/^\d+$/.test(part) ? `${p}[${part}]` : p ? `${p}.${part}` : part), "");
      problems.push(`${where}: ${path ? path + " " : ""}${error.message}`
        + (error.params?.allowedValues ? ` (${error.params.allowedValues.join(", ")})` : ""));
    }
  }
  unknownFields(object, { kind: "object", declaration }, where, "");
}

// ---- 4. project rules ----
for (const object of objects) {
  const pod = object.spec?.template?.spec ?? (object.kind === "Pod" ? object.spec : undefined);
  if (!pod) {
    continue;
  }
  const workload = ["Deployment", "StatefulSet"].includes(object.kind);
  for (const container of [...(pod.initContainers ?? []), ...(pod.containers ?? [])]) {
    const where = `${object.kind}/${object.metadata?.name}: container ${container.name}`;
    const image = container.image ?? "";
    const tag = image.includes("@") ? "digest" : image.slice(image.lastIndexOf("/") + 1).split(":")[1];
    if (!tag || tag === "latest") {
      problems.push(`${where}: image ${image} needs a version tag (not :latest)`);
    }
    for (const part of workload ? ["requests", "limits"] : []) {
      if (!container.resources?.[part]?.memory || !container.resources?.[part]?.cpu) {
        problems.push(`${where}: resources.${part} needs cpu and memory`);
      }
    }
    for (const probe of workload ? ["startupProbe", "livenessProbe", "readinessProbe"] : []) {
      if (!container[probe]) {
        problems.push(`${where}: no ${probe}`);
      }
    }
  }
}

if (problems.length > 0) {
  console.error(`k8s: ${problems.length} problem(s) in ${folder}:`);
  problems.forEach((p) => console.error("  " + p));
  process.exit(1);
}
console.log(`k8s: ${objects.length} objects valid (${objects.map((o) => o.kind).join(", ")})`);

function hasKubectl() {
  try {
    execFileSync("kubectl", ["version", "--client"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/**
 * Reports every key of `value` that the TypeScript declaration of its type does not declare. A type is a parsed
 * declaration: {kind: "object", declaration} (an interface, walked), "array" or "map" (of an item type) or "leaf".
 */
function unknownFields(value, type, where, path) {
  if (value === null || value === undefined) {
    return;
  }
  if (type.kind === "array" && Array.isArray(value)) {
    value.forEach((item, i) => unknownFields(item, type.item, where, `${path}[${i}]`));
  } else if (type.kind === "map" && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      unknownFields(item, type.item, where, `${path}.${key}`);
    }
  } else if (type.kind === "object" && typeof value === "object" && !Array.isArray(value)) {
    const fields = declaredFields(type.declaration);
    if (fields === null) {
      return; // a type alias (IntOrString, Quantity, Time, ...): a value, not an object
    }
    for (const [key, item] of Object.entries(value)) {
      const field = path ? `${path}.${key}` : key;
      if (!fields.has(key)) {
        problems.push(`${where}: ${field} is not a field of ${type.declaration.split("/").slice(-1)[0].replace(".d.ts", "")}`);
      } else {
        unknownFields(item, fields.get(key), where, field);
      }
    }
  }
}

/** The fields of the interface declared in a .d.ts file, each with its type; null when the file declares no interface. */
function declaredFields(file) {
  if (parsedDeclarations.has(file)) {
    return parsedDeclarations.get(file);
  }
  const text = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
  const imports = new Map();
  for (const m of text.matchAll(/import \{ (\w+) \} from "([^"]+)";/g)) {
    imports.set(m[1], m[2]);
  }
  const start = text.search(/export interface \w+( extends \w+)? \{/);
  let fields = null;
  if (start >= 0) {
    fields = new Map();
    let i = text.indexOf("{", start) + 1;
    for (;;) {
      const member = /^\s*"([^"]+)"\??: /.exec(text.slice(i));
      if (!member) {
        break;
      }
      i += member[0].length;
      let depth = 0;
      let end = i;
      while (depth > 0 || text[end] !== ";") {
        depth += "{<".includes(text[end]) ? 1 : "}>".includes(text[end]) ? -1 : 0;
        end++;
      }
      fields.set(member[1], typeOf(text.slice(i, end).trim(), imports, file));
      i = end + 1;
    }
  }
  parsedDeclarations.set(file, fields);
  return fields;
}

function typeOf(text, imports, file) {
  let m = /^Array<(.+)>$/s.exec(text);
  if (m) {
    return { kind: "array", item: typeOf(m[1].trim(), imports, file) };
  }
  m = /^\{\s*\[key: string\]: (.+?);?\s*\}$/s.exec(text);
  if (m) {
    return { kind: "map", item: typeOf(m[1].trim(), imports, file) };
  }
  if (imports.has(text)) {
    const from = imports.get(text).replace(/\.js$/, "");
    const declaration = from.startsWith("@kubernetes-models/apimachinery/")
      ? join(apimachineryRoot, from.slice("@kubernetes-models/apimachinery/".length) + ".d.ts")
      : resolve(dirname(file), from + ".d.ts");
    return { kind: "object", declaration };
  }
  return { kind: "leaf" };
}
