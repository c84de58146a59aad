// The checks must be able to fail: each test breaks one rule in the rendered prod overlay and expects the
// problem that names it. Needs kubectl (kustomize) like deploy-check.sh.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { check } from "./rules.mjs";
import { parse, schemaProblems } from "./check.mjs";

const overlay = fileURLToPath(new URL("../../deploy/overlays/prod", import.meta.url));
const rendered = execFileSync("kubectl", ["kustomize", overlay], { encoding: "utf8" });
const fresh = () => parse(rendered);
const find = (docs, kind, name) => docs.find((d) => d.kind === kind && d.metadata.name === name);
const chat = (docs) => find(docs, "Deployment", "chat-service").spec.template.spec;

function expectProblem(mutate, pattern) {
  const docs = fresh();
  mutate(docs);
  const problems = check(docs, "prod");
  assert.ok(problems.some((p) => pattern.test(p)), `expected ${pattern} among:\n${problems.join("\n")}`);
}

test("the rendered prod overlay passes", () => assert.deepEqual(check(fresh(), "prod"), []));

test("a missing readiness probe is found", () =>
  expectProblem((d) => delete chat(d).containers[0].readinessProbe, /chat-service: container chat-service.readinessProbe: missing/));

test("a probe on the wrong path is found", () =>
  expectProblem((d) => (chat(d).containers[0].livenessProbe.httpGet.path = "/health"), /livenessProbe.httpGet.path/));

test("missing limits are found", () =>
  expectProblem((d) => delete chat(d).containers[0].resources.limits, /resources.limits.cpu: missing/));

test("a writable root filesystem is found", () =>
  expectProblem((d) => (chat(d).containers[0].securityContext.readOnlyRootFilesystem = false), /readOnlyRootFilesystem/));

test("kept capabilities are found", () =>
  expectProblem((d) => (chat(d).containers[0].securityContext.capabilities.drop = []), /capabilities.drop/));

test("a mounted service account token is found", () =>
  expectProblem((d) => (find(d, "ServiceAccount", "metrics-service").automountServiceAccountToken = true), /ServiceAccount\/metrics-service: automount/));

test("a database password as a plain value is found", () =>
  expectProblem((d) => (chat(d).containers[0].env.find((e) => e.name === "QUARKUS_DATASOURCE_PASSWORD").value = "x"),
    /QUARKUS_DATASOURCE_PASSWORD: must come from a Secret|a secret as a plain value/));

test("a rendered Secret is found", () =>
  expectProblem((d) => d.push({ apiVersion: "v1", kind: "Secret", metadata: { name: "x", namespace: "zhuanhua" } }), /Secrets are external/));

test("a missing headless Service is found", () =>
  expectProblem((d) => d.splice(d.indexOf(find(d, "Service", "scripts-service-headless")), 1),
    /scripts-service: no headless Service|scripts-service-headless is not a headless Service/));

test("a client without round_robin is found", () =>
  expectProblem((d) => delete find(d, "ConfigMap", "chat-service").data.QUARKUS_GRPC_CLIENTS_METRICS_LOAD_BALANCING_POLICY,
    /LOAD_BALANCING_POLICY: must be round_robin/));

test("a single prod replica is found", () =>
  expectProblem((d) => (find(d, "HorizontalPodAutoscaler", "chat-service").spec.minReplicas = 1), /minReplicas: prod/));

test("a missing PodDisruptionBudget is found", () =>
  expectProblem((d) => d.splice(d.indexOf(find(d, "PodDisruptionBudget", "metrics-service")), 1), /metrics-service: no PodDisruptionBudget/));

test("a call the NetworkPolicy does not allow is found", () =>
  expectProblem((d) => find(d, "NetworkPolicy", "metrics-service").spec.ingress[0].from.splice(2, 1),
    /ingress: chat-service->metrics-service is needed but not allowed/));

test("a call that does not exist but is allowed is found", () =>
  expectProblem((d) => find(d, "NetworkPolicy", "chat-service").spec.ingress[0].from.push(
    { podSelector: { matchLabels: { "app.kubernetes.io/name": "metrics-service" } } }),
    /ingress: metrics-service->chat-service is allowed but no such call exists/));

test("a Service selecting a worker is found", () =>
  expectProblem((d) => d.push({ apiVersion: "v1", kind: "Service", metadata: { name: "chat-shaper", namespace: "zhuanhua" },
    spec: { selector: { "app.kubernetes.io/name": "chat-shaper" }, ports: [{ port: 8081, targetPort: "grpc" }] } }),
    /Deployment\/chat-shaper: selected by Service\/chat-shaper, but a worker/));

test("an ingress rule on a worker is found", () =>
  expectProblem((d) => (find(d, "NetworkPolicy", "chat-shaper").spec.ingress = [
    { from: [{ namespaceSelector: { matchLabels: { "zhuanhua.io/clients": "allowed" } } }], ports: [{ protocol: "TCP", port: 8081 }] }]),
    /NetworkPolicy\/chat-shaper: ingress: chat-shaper is a worker/));

test("a Deployment without the worker label needs its Services", () =>
  expectProblem((d) => delete find(d, "Deployment", "chat-shaper").spec.template.metadata.labels["zhuanhua.io/callers"],
    /Deployment\/chat-shaper: no Service for its callers/));

test("a latest image in prod is found", () =>
  expectProblem((d) => (chat(d).containers[0].image = "zhuanhua/chat-service:latest"), /prod must pin a version/));

test("the schema rejects a wrongly typed field", async () => {
  const deployment = find(fresh(), "Deployment", "chat-service");
  deployment.spec.template.spec.containers[0].ports[0].containerPort = "eighty";
  assert.match((await schemaProblems(deployment)).join(), /containerPort must be integer/);
});

test("an unknown kind is rejected", async () =>
  assert.match((await schemaProblems({ apiVersion: "v1", kind: "Deploymnt", metadata: { name: "x" } })).join(), /unknown apiVersion\/kind/));
