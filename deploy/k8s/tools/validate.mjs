#!/usr/bin/env node
// Validates rendered Kubernetes manifests offline; exits 1 when any object is invalid or unknown.
//   built-in kinds:   kubernetes-models (validators compiled from the Kubernetes OpenAPI)
//   custom resources: the openAPIV3Schema of the operators' own CRD files given with --crd (Keycloak,
//                     CloudNativePG, Prometheus Operator), with unknown fields refused as a Kubernetes API
//                     server refuses them under strict field validation (kubectl's default)
//   policies:         tools/policies.mjs (restricted pods, Keycloak not administrable from outside;
//                     --namespace: the overlay's namespace enforces the restricted Pod Security Standard;
//                     --production: no web client of the realm returns to localhost)
// Usage: node validate.mjs [--crd FILE|DIR]... [--namespace] [--production] FILE...
import fs from "node:fs";
import path from "node:path";
import { parseAllDocuments } from "yaml";
import Ajv from "ajv";
import { keycloakNotAdministrableFromOutside, noLocalhostClients, restrictedNamespace, restrictedPod } from "./policies.mjs";

const args = process.argv.slice(2);
const crdPaths = [];
const files = [];
let namespaceRequired = false;
let production = false;
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--crd") crdPaths.push(args[++i]);
  else if (args[i] === "--namespace") namespaceRequired = true;
  else if (args[i] === "--production") production = true;
  else files.push(args[i]);
}
const policies = [restrictedPod, restrictedNamespace, keycloakNotAdministrableFromOutside, ...(production ? [noLocalhostClients] : [])];

function documents(text, source) {
  const out = [];
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length) throw new Error(`${source}: ${doc.errors[0].message}`);
    const value = doc.toJS();
    if (value != null) out.push(value);
  }
  return out;
}

/** The CRDs' patterns are Go (RE2) expressions: a leading (?i) is JavaScript's "i" flag. */
function goRegExp(pattern, flags) {
  const caseless = pattern.replace(/^(\^?)\(\?i\)/, "$1");
  return new RegExp(caseless, caseless === pattern ? flags : flags + "i");
}
goRegExp.code = "goRegExp";

const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, code: { regExp: goRegExp } });

/**
 * A structural schema as the API server applies it: an object node with declared properties takes no
 * others unless it says x-kubernetes-preserve-unknown-fields (or declares additionalProperties itself).
 */
function refusingUnknownFields(node) {
  if (Array.isArray(node)) return node.map(refusingUnknownFields);
  if (node === null || typeof node !== "object") return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] = key === "properties"
      ? Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, refusingUnknownFields(schema)]))
      : refusingUnknownFields(value);
  }
  if (out.properties && out.additionalProperties === undefined && !out["x-kubernetes-preserve-unknown-fields"]) {
    out.additionalProperties = false;
  }
  return out;
}
const crdValidators = new Map();
for (const p of crdPaths) {
  const list = fs.statSync(p).isDirectory()
    ? fs.readdirSync(p).filter((f) => /\.ya?ml$/.test(f)).map((f) => path.join(p, f))
    : [p];
  for (const file of list) {
    for (const crd of documents(fs.readFileSync(file, "utf8"), file)) {
      if (crd.kind !== "CustomResourceDefinition") continue;
      for (const version of crd.spec.versions) {
        const schema = refusingUnknownFields(version.schema.openAPIV3Schema);
        schema.properties = { ...schema.properties, apiVersion: { type: "string" }, kind: { type: "string" }, metadata: { type: "object" } };
        crdValidators.set(`${crd.spec.group}/${version.name}|${crd.spec.names.kind}`, ajv.compile(schema));
      }
    }
  }
}

async function modelErrors(obj) {
  const [group, version] = obj.apiVersion.includes("/") ? obj.apiVersion.split("/") : ["", obj.apiVersion];
  const module = `kubernetes-models/${group ? group + "/" : ""}${version}/${obj.kind}`;
  let loaded;
  try {
    loaded = await import(module);
  } catch {
    return null;
  }
  const Model = loaded[obj.kind] ?? loaded.default;
  try {
    new Model(obj).validate();
    return [];
  } catch (e) {
    return [e.message];
  }
}

let valid = 0;
let invalid = 0;
let namespaces = 0;
for (const file of files) {
  for (const obj of documents(fs.readFileSync(file, "utf8"), file)) {
    if (obj?.kind === "Namespace") namespaces++;
    const id = `${obj?.kind ?? "?"} ${obj?.metadata?.name ?? "?"}`;
    if (typeof obj?.apiVersion !== "string" || typeof obj?.kind !== "string") {
      console.log(`INVALID ${id}: no apiVersion or kind`);
      invalid++;
      continue;
    }
    const key = `${obj.apiVersion}|${obj.kind}`;
    let errors;
    if (crdValidators.has(key)) {
      const validate = crdValidators.get(key);
      errors = validate(obj) ? [] : validate.errors.map((e) => `${e.instancePath || "/"} ${e.message}${e.params?.additionalProperty ? ` (${e.params.additionalProperty})` : ""}`);
    } else {
      errors = await modelErrors(obj);
    }
    if (errors !== null) errors.push(...policies.flatMap((policy) => policy(obj)));
    if (errors === null) {
      console.log(`INVALID ${id}: no schema for ${key}`);
      invalid++;
    } else if (errors.length) {
      console.log(`INVALID ${id}:\n  - ${errors.join("\n  - ")}`);
      invalid++;
    } else {
      console.log(`valid   ${id}`);
      valid++;
    }
  }
}
if (namespaceRequired && namespaces === 0) {
  console.log("INVALID Namespace ?: the overlay creates no namespace with the restricted Pod Security Standard");
  invalid++;
}
console.log(`${valid} valid, ${invalid} invalid`);
process.exit(invalid ? 1 : 0);
