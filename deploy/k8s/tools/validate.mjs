#!/usr/bin/env node
// Validates rendered Kubernetes manifests offline; exits 1 when any object is invalid or unknown.
//   built-in kinds:  kubernetes-models (validators compiled from the Kubernetes OpenAPI)
//   CloudNativePG:   @kubernetes-models/cloudnative-pg (postgresql.cnpg.io/v1)
//   other CRDs:      the openAPIV3Schema of CRD files given with --crd (our Keycloak operator schemas)
// Usage: node validate.mjs [--crd FILE|DIR]... FILE...
import fs from "node:fs";
import path from "node:path";
import { parseAllDocuments } from "yaml";
import Ajv from "ajv";

const args = process.argv.slice(2);
const crdPaths = [];
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--crd") crdPaths.push(args[++i]);
  else files.push(args[i]);
}

function documents(text, source) {
  const out = [];
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length) throw new Error(`${source}: ${doc.errors[0].message}`);
    const value = doc.toJS();
    if (value != null) out.push(value);
  }
  return out;
}

const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
const crdValidators = new Map();
for (const p of crdPaths) {
  const list = fs.statSync(p).isDirectory()
    ? fs.readdirSync(p).filter((f) => /\.ya?ml$/.test(f)).map((f) => path.join(p, f))
    : [p];
  for (const file of list) {
    for (const crd of documents(fs.readFileSync(file, "utf8"), file)) {
      if (crd.kind !== "CustomResourceDefinition") continue;
      for (const version of crd.spec.versions) {
        const schema = structuredClone(version.schema.openAPIV3Schema);
        schema.properties = { ...schema.properties, apiVersion: { type: "string" }, kind: { type: "string" }, metadata: { type: "object" } };
        crdValidators.set(`${crd.spec.group}/${version.name}|${crd.spec.names.kind}`, ajv.compile(schema));
      }
    }
  }
}

async function modelErrors(obj) {
  const [group, version] = obj.apiVersion.includes("/") ? obj.apiVersion.split("/") : ["", obj.apiVersion];
  const module = group === "postgresql.cnpg.io"
    ? `@kubernetes-models/cloudnative-pg/${group}/${version}/${obj.kind}`
    : `kubernetes-models/${group ? group + "/" : ""}${version}/${obj.kind}`;
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
for (const file of files) {
  for (const obj of documents(fs.readFileSync(file, "utf8"), file)) {
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
console.log(`${valid} valid, ${invalid} invalid`);
process.exit(invalid ? 1 : 0);
