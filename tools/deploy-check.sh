#!/usr/bin/env bash
# Renders every overlay under deploy/overlays with `kubectl kustomize` and validates the result: each object
# against the Kubernetes schema of its kind, then the project's rules (probes, requests and limits, hardened
# securityContext, own ServiceAccount without token, Services and headless Services (none for workers), HPA, PDB, NetworkPolicy
# allowing exactly the suite's calls, secrets only by reference, round-robin gRPC clients): see
# tools/deploy-check/rules.mjs. Also runs the checker's own tests, which break each rule once.
#
# Needs kubectl with its built-in kustomize (v4 or later; this machine kind has kubectl 1.32 with kustomize
# v5) and Node 18+ with npm. Installs the checker's npm packages (npm ci) when they are missing.
# Environment: RENDERED  where the rendered overlays go (default deploy/target)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CHECK_DIR="$ROOT/tools/deploy-check"
RENDERED="${RENDERED:-$ROOT/deploy/target}"

if ! kubectl version --client 2>/dev/null | grep -q '^Kustomize Version: v[4-9]'; then
  echo "deploy-check: needs kubectl with kustomize v4 or later (kubectl 1.21+); trying apt-get install kubectl" >&2
  apt-get install -y -qq kubectl >/dev/null 2>&1 || true
  kubectl version --client 2>/dev/null | grep -q '^Kustomize Version: v[4-9]' \
    || { echo "deploy-check: no kubectl with kustomize v4+ available" >&2; exit 2; }
fi

cd "$CHECK_DIR"
[[ -d node_modules/kubernetes-models && -d node_modules/yaml ]] || npm ci --no-audit --no-fund --loglevel=error >&2

mkdir -p "$RENDERED"
args=()
for overlay in "$ROOT"/deploy/overlays/*/; do
  name="$(basename "$overlay")"
  # A deprecation warning is a finding too: the overlays must use the current kustomize syntax.
  if ! kubectl kustomize "$overlay" >"$RENDERED/$name.yaml" 2>"$RENDERED/$name.warnings"; then
    cat "$RENDERED/$name.warnings" >&2
    echo "deploy-check: overlay $name does not render" >&2
    exit 1
  fi
  if [[ -s "$RENDERED/$name.warnings" ]]; then
    cat "$RENDERED/$name.warnings" >&2
    echo "deploy-check: overlay $name renders with warnings" >&2
    exit 1
  fi
  echo "rendered $name: $(grep -c '^kind:' "$RENDERED/$name.yaml") objects -> ${RENDERED#"$ROOT/"}/$name.yaml"
  args+=("$name=$RENDERED/$name.yaml")
done

echo "== the checker's own tests (each rule broken once)"
node --test check.test.mjs
echo "== schema and rules"
node check.mjs "${args[@]}"
