#!/usr/bin/env node
// Validates rendered overlays: node check.mjs dev=rendered-dev.yaml prod=rendered-prod.yaml
// Every object against the Kubernetes schema of its kind (kubernetes-models), then the deployment rules of
// rules.mjs. Prints each problem and exits 1 if there is any.
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";
import { check } from "./rules.mjs";

/** The kubernetes-models class of an object: its module is the API group and version, its export the kind. */
export async function schemaProblems(doc) {
  const [group, version] = doc.apiVersion?.includes("/") ? doc.apiVersion.split("/") : [null, doc.apiVersion];
  let model;
  try {
    model = (await import(`kubernetes-models/${group ? group + "/" : ""}${version}`))[doc.kind];
  } catch {
    model = undefined;
  }
  if (!model) return [`unknown apiVersion/kind ${doc.apiVersion} ${doc.kind}`];
  try {
    new model(doc).validate();
    return [];
  } catch (e) {
    return [e.message];
  }
}

export function parse(text) {
  return parseAllDocuments(text).map((d) => {
    if (d.errors.length) throw new Error(d.errors.map((e) => e.message).join("; "));
    return d.toJS();
  }).filter((d) => d);
}

async function main(args) {
  if (args.length === 0) {
    console.error("usage: node check.mjs OVERLAY=RENDERED.yaml ...");
    return 2;
  }
  let failed = 0;
  for (const arg of args) {
    const [overlay, file] = arg.split("=");
    const docs = parse(readFileSync(file, "utf8"));
    const problems = [];
    for (const doc of docs)
      for (const p of await schemaProblems(doc)) problems.push(`${overlay}: ${doc.kind}/${doc.metadata?.name}: schema: ${p}`);
    problems.push(...check(docs, overlay));
    problems.forEach((p) => console.error(p));
    console.log(`${overlay}: ${docs.length} objects, ${problems.length === 0 ? "valid" : problems.length + " problems"}`);
    if (problems.length) failed++;
  }
  return failed ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main(process.argv.slice(2));
