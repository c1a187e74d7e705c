// Checks an OpenTelemetry Collector configuration offline the way the collector resolves it at start: every
// pipeline names receivers, processors and exporters that are defined, each of a kind this check knows the collector
// image ships, and every defined component is used by some pipeline.
// Usage: node validate-otel.mjs ../observability/otel-collector.yaml
import { readFileSync } from "node:fs";
import { parse } from "yaml";

const KNOWN = {
  receivers: ["otlp", "prometheus", "zipkin", "jaeger"],
  processors: ["batch", "memory_limiter", "attributes", "resource", "filter", "tail_sampling", "probabilistic_sampler"],
  exporters: ["otlp", "otlphttp", "debug", "prometheus", "prometheusremotewrite", "zipkin"],
};
const file = process.argv[2];
const config = parse(readFileSync(file, "utf8"));
const problems = [];
const used = new Set();
for (const [section, kinds] of Object.entries(KNOWN)) {
  for (const name of Object.keys(config[section] ?? {})) {
    const kind = name.split("/")[0];
    if (!kinds.includes(kind)) problems.push(`${section}.${name}: unknown component kind ${kind}`);
  }
}
const pipelines = config.service?.pipelines ?? {};
if (Object.keys(pipelines).length === 0) problems.push("service.pipelines: none defined");
for (const [pipeline, parts] of Object.entries(pipelines)) {
  if (!["traces", "metrics", "logs"].includes(pipeline.split("/")[0])) problems.push(`pipeline ${pipeline}: unknown signal`);
  for (const section of ["receivers", "processors", "exporters"]) {
    if (section !== "processors" && !(parts[section] ?? []).length) problems.push(`pipeline ${pipeline}: no ${section}`);
    for (const name of parts[section] ?? []) {
      if (!(config[section] ?? {})[name]) problems.push(`pipeline ${pipeline}: ${section} ${name} is not defined`);
      used.add(`${section}.${name}`);
    }
  }
}
for (const section of Object.keys(KNOWN)) {
  for (const name of Object.keys(config[section] ?? {})) {
    if (!used.has(`${section}.${name}`)) problems.push(`${section}.${name}: defined but in no pipeline`);
  }
}
const otlp = config.receivers?.otlp?.protocols?.http?.endpoint ?? "";
if (!otlp.endsWith(":4318")) problems.push("receivers.otlp.protocols.http must listen on 4318 (the services' OTLP/HTTP port)");
if (problems.length) {
  console.error(problems.map((p) => `${file}: ${p}`).join("\n"));
  process.exit(1);
}
console.log(`${file}: collector configuration consistent (${Object.keys(pipelines).join(", ")})`);
