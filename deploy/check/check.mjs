// Checks rendered Kubernetes objects against the schemas of Kubernetes and of the operators' CRDs (Strimzi,
// CloudNativePG, KEDA, Prometheus Operator), with the validators and types the kubernetes-models packages generate
// from them. Two passes: each object through its kind's JSON-schema validator (required fields, types, enums,
// formats), then all of them through the TypeScript compiler against the kinds' types, which refuses a field the
// schema does not have (a misspelt or misplaced one, that the JSON schemas let pass).
//
//   node check.mjs objects.json   (a JSON array of objects)  ->  one line per problem on stdout; exit 1 if any
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { execFileSync } from "node:child_process";

const here = dirname(fileURLToPath(import.meta.url));

// where each API group's kinds come from
const PACKAGES = {
  "": "kubernetes-models",
  "kafka.strimzi.io": "@kubernetes-models/strimzi-kafka-operator",
  "postgresql.cnpg.io": "@kubernetes-models/cloudnative-pg",
  "keda.sh": "@kubernetes-models/keda",
  "monitoring.coreos.com": "@kubernetes-models/prometheus-operator",
};

function moduleOf(apiVersion) {
  const slash = apiVersion.indexOf("/");
  const group = slash < 0 ? "" : apiVersion.substring(0, slash);
  // Kubernetes' own groups (apps, policy, networking.k8s.io, ...) are all in kubernetes-models
  const pkg = PACKAGES[group] ?? (group.includes(".") && !group.endsWith(".k8s.io") ? null : PACKAGES[""]);
  return pkg && `${pkg}/${apiVersion}`;
}

const objects = JSON.parse(readFileSync(process.argv[2], "utf8"));
const problems = [];
const typed = [];
for (const [i, object] of objects.entries()) {
  const name = `${object.kind}/${object.metadata?.name}`;
  const module = object.apiVersion && object.kind ? moduleOf(object.apiVersion) : null;
  let Model;
  try {
    Model = module && (await import(`${module}/${object.kind}`))[object.kind];
  } catch {
    Model = null;
  }
  if (!Model) {
    problems.push(`${name}: no schema for ${object.apiVersion} ${object.kind}`);
    continue;
  }
  try {
    new Model(object).validate();
  } catch (e) {
    problems.push(`${name}: ${e.message}`);
  }
  typed.push({ i, name, module: `${module}/${object.kind}`, kind: object.kind, object });
}

// Second pass: unknown fields. Each object becomes an object literal typed by its kind's interface; the compiler's
// excess-property check reports any field the schema does not name, at any depth.
const dir = mkdtempSync(join(tmpdir(), "saylau-check-"));
const lines = [];
const owner = [];
for (const t of typed) {
  lines.push(`import type { I${t.kind} as T${t.i} } from ${JSON.stringify(t.module)};`);
  owner.push(null);
}
for (const t of typed) {
  const body = `export const o${t.i}: T${t.i} = ${JSON.stringify(t.object, null, 1)};`.split("\n");
  for (const line of body) {
    lines.push(line);
    owner.push(t.name);
  }
}
writeFileSync(join(dir, "objects.ts"), lines.join("\n"));
writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({
  compilerOptions: { strict: true, noEmit: true, skipLibCheck: true, module: "nodenext", moduleResolution: "nodenext",
    target: "es2022", typeRoots: [], baseUrl: here, paths: { "*": [join(here, "node_modules", "*")] } },
  files: ["objects.ts"],
}));
try {
  execFileSync(process.execPath, [join(here, "node_modules/typescript/bin/tsc"), "-p", dir, "--pretty", "false"],
    { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
} catch (e) {
  for (const line of (e.stdout || "").split("\n").filter((l) => l.trim())) {
    const at = /objects\.ts\((\d+),\d+\): (.*)/.exec(line);
    if (at) problems.push(`${owner[Number(at[1]) - 1] ?? "objects"}: ${at[2]}`);
    else if (!/^\s/.test(line)) problems.push(line);
  }
  if (!(e.stdout || "").trim()) problems.push(`the TypeScript compiler failed: ${e.stderr || e.message}`);
}

for (const p of problems) console.log(p);
console.error(`checked ${objects.length} objects: ${problems.length} problems`);
process.exit(problems.length ? 1 : 0);
