#!/usr/bin/env bash
# Offline checks of every deploy file and of the AsyncAPI document, run by CI (.ci/run) after the tests. Needs
# docker-compose (or docker compose), kubectl (for kustomize), promtool and node; .ci/run installs what is missing.
set -euo pipefail
cd "$(dirname "$0")"
rendered=$(mktemp -d)
trap 'rm -rf "$rendered"' EXIT

echo "== docker-compose.yml"
compose() {
  if command -v docker-compose >/dev/null; then docker-compose "$@"; else docker compose "$@"; fi
}
# With the secrets a fresh deployment makes (deploy/docker/make-env.sh), as an operator would.
bash docker/make-env.sh > "$rendered/.env"
(cd .. && compose --env-file "$rendered/.env" -f docker-compose.yml --profile observability config -q)
echo "compose file valid (with the observability profile)"

echo "== Kubernetes: render every overlay, validate against the Kubernetes schemas and our rules"
for overlay in k8s/overlays/*/; do
  kubectl kustomize "$overlay" > "$rendered/$(basename "$overlay").yaml"
done
for cluster in k8s/kafka/*/; do      # each region's Strimzi Kafka cluster, against Strimzi's CRD schemas
  kubectl kustomize "$cluster" > "$rendered/kafka-$(basename "$cluster").yaml"
done
cd check
[ -d node_modules ] || npm ci --no-audit --no-fund --silent
node validate-k8s.mjs $(ls "$rendered"/*.yaml | grep -v /kafka-) --kafka-clusters "$rendered"/kafka-*.yaml

echo "== Grafana dashboards"
node validate-dashboards.mjs --queries "$rendered/dashboard-queries.yml" ../k8s/components/observability/dashboards/*.json
promtool check rules "$rendered/dashboard-queries.yml"   # every panel's PromQL parses

echo "== OpenTelemetry Collector of the observability profile"
node validate-otel.mjs ../observability/otel-collector.yaml

echo "== Contracts: the AsyncAPI document, parsed by the AsyncAPI parser with every message schema resolved"
node validate-asyncapi.mjs ../../contracts/asyncapi.yaml

echo "== Retention policy: the default policy against its JSON Schema (ajv, draft 2020-12)"
node_modules/.bin/ajv validate --spec=draft2020 -s ../../contracts/retention/retention-policy.schema.json \
  -d ../../contracts/retention/retention-policy.json
cd ..

echo "== Prometheus configuration and alert rules"
promtool check rules k8s/components/observability/alerts.yml
(cd k8s/components/observability && promtool test rules alerts_test.yml)
sed 's#/etc/prometheus/rules/alerts.yml#../k8s/components/observability/alerts.yml#' observability/prometheus.yml \
  > "observability/.prometheus-check.yml"
(cd observability && promtool check config --syntax-only .prometheus-check.yml; rm -f .prometheus-check.yml)
echo "deploy files valid"
