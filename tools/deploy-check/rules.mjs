// The deployment rules every rendered overlay must meet, beside the Kubernetes schema. check() returns the
// problems found, one line each, naming the object and the field.

/** Which service calls which (gRPC), and nothing else: the NetworkPolicies must allow exactly these. */
export const CALLS = [
  ["chat-service", "metrics-service"], // consultation feed
  ["chat-service", "scripts-service"], // suggestions and reply policy for Assist
  ["chat-shaper", "metrics-service"], // consultation feed (the outbox relay runs on every chat-service replica)
  ["chat-shaper", "scripts-service"], // shop policies: business hours for reply times
  ["scripts-service", "metrics-service"], // script effectiveness
];

/**
 * The pod label that marks a worker, a Deployment that serves no callers (chat-shaper): it needs no Service,
 * no Service may select it, and its NetworkPolicies have no ingress rules (kubelet probes pass regardless).
 * Every other rule applies to it as to a service.
 */
export const WORKER_LABEL = ["zhuanhua.io/callers", "none"];

const PROBES = { startupProbe: "/q/health/started", livenessProbe: "/q/health/live", readinessProbe: "/q/health/ready" };
const DATABASE_ENV = ["QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD"];
const SECRET_NAME = /PASSWORD|API_KEY|SECRET|TOKEN|KEY_SHA256/;
const CLUSTER_SCOPED = new Set(["Namespace", "ClusterRole", "ClusterRoleBinding", "PersistentVolume", "StorageClass"]);

const quantity = (q) => {
  const m = /^([0-9.]+)(m|Ki|Mi|Gi|Ti|k|M|G|T)?$/.exec(String(q));
  if (!m) return NaN;
  const units = { m: 1e-3, Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, k: 1e3, M: 1e6, G: 1e9, T: 1e12 };
  return Number(m[1]) * (m[2] ? units[m[2]] : 1);
};

const matches = (selector, labels) =>
  selector && Object.keys(selector).length > 0 && Object.entries(selector).every(([k, v]) => labels?.[k] === v);

/** @param docs the rendered objects; @param overlay its name ("prod" has stricter rules) */
export function check(docs, overlay) {
  const problems = [];
  const of = (kind) => docs.filter((d) => d.kind === kind);
  const id = (d) => `${d.kind}/${d.metadata?.name}`;
  const fail = (d, what) => problems.push(`${overlay}: ${id(d)}: ${what}`);

  for (const d of docs) {
    if (!CLUSTER_SCOPED.has(d.kind) && !d.metadata?.namespace) fail(d, "metadata.namespace: not set by the overlay");
    if (d.kind === "Secret") fail(d, "Secrets are external (see deploy/README.md); none may be rendered");
  }

  const deployments = of("Deployment");
  if (deployments.length === 0) problems.push(`${overlay}: no Deployment rendered`);
  const podLabels = new Map(deployments.map((d) => [d.metadata.name, d.spec?.template?.metadata?.labels ?? {}]));

  for (const d of deployments) {
    const name = d.metadata.name;
    const spec = d.spec ?? {};
    const pod = spec.template?.spec ?? {};
    const labels = podLabels.get(name);
    if (spec.replicas !== undefined) fail(d, "spec.replicas: set, but the HorizontalPodAutoscaler owns the count");
    if (!matches(spec.selector?.matchLabels, labels)) fail(d, "spec.selector: does not select its own pods");

    const sa = of("ServiceAccount").find((s) => s.metadata.name === pod.serviceAccountName);
    if (!pod.serviceAccountName || pod.serviceAccountName === "default") fail(d, "serviceAccountName: needs its own");
    else if (!sa) fail(d, `serviceAccountName: no ServiceAccount ${pod.serviceAccountName} rendered`);
    else if (sa.automountServiceAccountToken !== false) fail(sa, "automountServiceAccountToken: must be false");
    if (pod.automountServiceAccountToken !== false) fail(d, "spec.template.spec.automountServiceAccountToken: must be false");

    const psc = pod.securityContext ?? {};
    if (psc.runAsNonRoot !== true) fail(d, "spec.template.spec.securityContext.runAsNonRoot: must be true");
    if (psc.runAsUser === 0) fail(d, "spec.template.spec.securityContext.runAsUser: must not be root");

    const volumes = new Map((pod.volumes ?? []).map((v) => [v.name, v]));
    for (const c of pod.containers ?? []) {
      const where = `container ${c.name}`;
      const ports = new Map((c.ports ?? []).map((p) => [p.name, p.containerPort]));
      for (const [probe, path] of Object.entries(PROBES)) {
        const get = c[probe]?.httpGet;
        if (!get) fail(d, `${where}.${probe}: missing (httpGet ${path})`);
        else {
          if (get.path !== path) fail(d, `${where}.${probe}.httpGet.path: ${get.path}, expected ${path}`);
          if (typeof get.port === "string" ? !ports.has(get.port) : ![...ports.values()].includes(get.port))
            fail(d, `${where}.${probe}.httpGet.port: ${get.port} is not a port of the container`);
        }
      }
      for (const kind of ["requests", "limits"])
        for (const r of ["cpu", "memory"])
          if (c.resources?.[kind]?.[r] === undefined) fail(d, `${where}.resources.${kind}.${r}: missing`);
      for (const r of ["cpu", "memory"]) {
        const req = quantity(c.resources?.requests?.[r]);
        const lim = quantity(c.resources?.limits?.[r]);
        if (req > lim) fail(d, `${where}.resources: ${r} request ${c.resources.requests[r]} above limit ${c.resources.limits[r]}`);
      }
      const sc = c.securityContext ?? {};
      if (sc.allowPrivilegeEscalation !== false) fail(d, `${where}.securityContext.allowPrivilegeEscalation: must be false`);
      if (sc.readOnlyRootFilesystem !== true) fail(d, `${where}.securityContext.readOnlyRootFilesystem: must be true`);
      if (sc.privileged === true) fail(d, `${where}.securityContext.privileged: must not be true`);
      if (!(sc.capabilities?.drop ?? []).includes("ALL")) fail(d, `${where}.securityContext.capabilities.drop: must include ALL`);
      if (sc.runAsNonRoot !== true && psc.runAsNonRoot !== true) fail(d, `${where}: may run as root`);
      const seccomp = sc.seccompProfile?.type ?? psc.seccompProfile?.type;
      if (seccomp !== "RuntimeDefault" && seccomp !== "Localhost") fail(d, `${where}: seccompProfile must be RuntimeDefault`);
      const tmp = (c.volumeMounts ?? []).find((m) => m.mountPath === "/tmp");
      if (!tmp || !volumes.get(tmp.name)?.emptyDir) fail(d, `${where}.volumeMounts: /tmp must be an emptyDir (read-only root)`);

      const image = c.image ?? "";
      const tag = image.includes("@") ? "digest" : image.split("/").pop().split(":")[1];
      if (!tag) fail(d, `${where}.image: ${image} has no tag`);
      if (overlay === "prod" && tag === "latest") fail(d, `${where}.image: prod must pin a version, not latest`);

      const env = new Map((c.env ?? []).map((e) => [e.name, e]));
      for (const e of DATABASE_ENV)
        if (!env.get(e)?.valueFrom?.secretKeyRef) fail(d, `${where}.env.${e}: must come from a Secret`);
      for (const e of c.env ?? [])
        if (SECRET_NAME.test(e.name) && e.value !== undefined) fail(d, `${where}.env.${e.name}: a secret as a plain value`);
      for (const ref of c.envFrom ?? []) {
        const cmName = ref.configMapRef?.name;
        const cm = cmName && of("ConfigMap").find((m) => m.metadata.name === cmName);
        if (cmName && !cm) fail(d, `${where}.envFrom: ConfigMap ${cmName} is not rendered`);
        for (const key of Object.keys(cm?.data ?? {}))
          if (SECRET_NAME.test(key)) fail(cm, `data.${key}: secrets belong in a Secret`);
      }
      for (const cm of (c.envFrom ?? []).map((r) => of("ConfigMap").find((m) => m.metadata.name === r.configMapRef?.name)))
        checkGrpcClients(cm, docs, fail);
    }

    const worker = labels[WORKER_LABEL[0]] === WORKER_LABEL[1];
    const services = of("Service").filter((s) => matches(s.spec?.selector, labels));
    if (worker) for (const s of services) fail(d, `selected by Service/${s.metadata.name}, but a worker (${WORKER_LABEL.join("=")}) has no callers`);
    else {
      if (!services.some((s) => s.spec.clusterIP !== "None")) fail(d, "no Service for its callers");
      if (!services.some((s) => s.spec.clusterIP === "None")) fail(d, "no headless Service for client-side balancing");
    }
    const containerPorts = (pod.containers ?? []).flatMap((c) => (c.ports ?? []).flatMap((p) => [p.name, p.containerPort]));
    for (const s of services)
      for (const p of s.spec.ports ?? [])
        if (!containerPorts.includes(p.targetPort ?? p.port)) fail(s, `port ${p.port}: targetPort ${p.targetPort} is not a container port`);

    const hpa = of("HorizontalPodAutoscaler").find((h) => h.spec?.scaleTargetRef?.kind === "Deployment" && h.spec.scaleTargetRef.name === name);
    if (!hpa) fail(d, "no HorizontalPodAutoscaler");
    else {
      const min = hpa.spec.minReplicas ?? 1;
      if (hpa.spec.maxReplicas < min) fail(hpa, "maxReplicas below minReplicas");
      if (overlay === "prod" && min < 2) fail(hpa, "minReplicas: prod runs at least two replicas");
    }
    if (!of("PodDisruptionBudget").some((p) => matches(p.spec?.selector?.matchLabels, labels))) fail(d, "no PodDisruptionBudget");

    const policies = of("NetworkPolicy").filter((p) => matches(p.spec?.podSelector?.matchLabels, labels));
    if (policies.length === 0) fail(d, "no NetworkPolicy");
    for (const p of policies) {
      const types = p.spec.policyTypes ?? [];
      if (!types.includes("Ingress") || !types.includes("Egress")) fail(p, "policyTypes: must restrict Ingress and Egress");
      if (worker && (p.spec.ingress ?? []).length > 0) fail(p, `ingress: ${name} is a worker (${WORKER_LABEL.join("=")}); allow no ingress`);
      const dns = (p.spec.egress ?? []).some((rule) => (rule.ports ?? []).some((port) => port.port === 53));
      if (!dns) fail(p, "egress: no DNS (port 53)");
      const db = (p.spec.egress ?? []).some((rule) => (rule.ports ?? []).some((port) => port.port === 5432));
      if (!db) fail(p, "egress: no PostgreSQL (port 5432)");
    }
  }

  // The NetworkPolicies allow exactly the calls of CALLS between the suite's pods, both ways.
  const names = [...podLabels.keys()];
  const podPeers = (rules, side) =>
    (rules ?? []).flatMap((rule) => (rule[side] ?? []).filter((peer) => peer.podSelector && !peer.namespaceSelector))
      .flatMap((peer) => names.filter((n) => matches(peer.podSelector.matchLabels, podLabels.get(n))));
  const policyOf = (n) => of("NetworkPolicy").filter((p) => matches(p.spec?.podSelector?.matchLabels, podLabels.get(n)));
  const expected = new Set(CALLS.filter(([a, b]) => names.includes(a) && names.includes(b)).map(([a, b]) => `${a}->${b}`));
  const ingress = new Set(names.flatMap((callee) => policyOf(callee).flatMap((p) => podPeers(p.spec.ingress, "from")).map((caller) => `${caller}->${callee}`)));
  const egress = new Set(names.flatMap((caller) => policyOf(caller).flatMap((p) => podPeers(p.spec.egress, "to")).map((callee) => `${caller}->${callee}`)));
  for (const [label, allowed] of [["ingress", ingress], ["egress", egress]]) {
    for (const call of expected) if (!allowed.has(call)) problems.push(`${overlay}: NetworkPolicy ${label}: ${call} is needed but not allowed`);
    for (const call of allowed) if (!expected.has(call)) problems.push(`${overlay}: NetworkPolicy ${label}: ${call} is allowed but no such call exists`);
  }
  return problems;
}

/** The suite's own gRPC clients go to a headless Service with round_robin (one connection per pod). */
function checkGrpcClients(cm, docs, fail) {
  const data = cm?.data ?? {};
  for (const [key, host] of Object.entries(data)) {
    const m = /^QUARKUS_GRPC_CLIENTS_(\w+)_HOST$/.exec(key);
    if (!m) continue;
    const service = docs.find((d) => d.kind === "Service" && d.metadata.name === host);
    if (!service || service.spec.clusterIP !== "None") fail(cm, `data.${key}: ${host} is not a headless Service of the overlay`);
    if (data[`QUARKUS_GRPC_CLIENTS_${m[1]}_LOAD_BALANCING_POLICY`] !== "round_robin")
      fail(cm, `data.QUARKUS_GRPC_CLIENTS_${m[1]}_LOAD_BALANCING_POLICY: must be round_robin`);
  }
}
