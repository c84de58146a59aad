#!/usr/bin/env bash
# Contract checks for the proto module: `buf lint`, then `buf breaking` against the proto of the
# previous commit (or of AGAINST_REF). Run from anywhere; works on the repository root.
#
# `buf breaking` is skipped, with a message, when there is nothing to compare with: not a git checkout,
# no previous commit (first commit, or a shallow clone that does not reach it), or a previous commit
# without the proto module. A CI that fetches with depth 1 therefore skips it: fetch at least two commits
# (e.g. actions/checkout with fetch-depth: 2) to have it run.
#
# Environment:
#   BUF          the buf command (default: npx --yes @bufbuild/buf@1.50.0)
#   AGAINST_REF  what to compare with (default HEAD~1), e.g. origin/main for a pull request
set -euo pipefail

cd "$(dirname "$0")/.."
read -r -a BUF <<<"${BUF:-npx --yes @bufbuild/buf@1.50.0}"
AGAINST_REF="${AGAINST_REF:-HEAD~1}"

echo "== buf lint (proto)"
"${BUF[@]}" lint proto
echo "buf lint: ok"

echo "== buf breaking (proto against $AGAINST_REF)"
skip() {
  echo "buf breaking: skipped, $1"
  exit 0
}
command -v git >/dev/null 2>&1 || skip "git is not installed"
git log -1 --format=%H >/dev/null 2>&1 || skip "not a git checkout with commits"
if ! against_commit="$(git log -1 --format=%H "$AGAINST_REF" -- 2>/dev/null)" || [[ -z "$against_commit" ]]; then
  if [[ -f "$(git rev-parse --git-dir 2>/dev/null)/shallow" ]]; then
    skip "$AGAINST_REF is not in this shallow clone (fetch at least two commits to compare)"
  fi
  skip "no commit $AGAINST_REF to compare with (first commit?)"
fi
git show "$against_commit:proto/buf.yaml" >/dev/null 2>&1 \
  || skip "$AGAINST_REF (${against_commit:0:12}) has no proto/buf.yaml to compare with"

"${BUF[@]}" breaking proto --against ".git#ref=$against_commit,subdir=proto"
echo "buf breaking against $AGAINST_REF (${against_commit:0:12}): ok"
