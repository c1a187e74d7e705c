// Parses every Grafana dashboard and checks what Grafana needs to provision it: a uid, a title, panels with unique
// ids, positions and queries, and the datasource variable the panels use. With --queries FILE it also writes every
// panel's query as a recording rule (each variable replaced by a matcher of anything), for promtool check rules to
// parse the PromQL itself.
// Usage: node validate-dashboards.mjs [--queries queries.yml] dashboards/*.json
import { readFileSync, writeFileSync } from "node:fs";

const args = process.argv.slice(2);
const queriesAt = args.indexOf("--queries");
const queriesFile = queriesAt >= 0 ? args.splice(queriesAt, 2)[1] : null;
const queries = [];

const problems = [];
const uids = new Set();
for (const file of args) {
  let dashboard;
  try {
    dashboard = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    problems.push(`${file}: not valid JSON: ${e.message}`);
    continue;
  }
  if (!dashboard.uid || !dashboard.title) problems.push(`${file}: needs a uid and a title`);
  if (uids.has(dashboard.uid)) problems.push(`${file}: uid ${dashboard.uid} used twice`);
  uids.add(dashboard.uid);
  const variables = new Set((dashboard.templating?.list ?? []).map((v) => v.name));
  const ids = new Set();
  for (const panel of dashboard.panels ?? []) {
    if (ids.has(panel.id)) problems.push(`${file}: panel id ${panel.id} used twice`);
    ids.add(panel.id);
    if (!panel.gridPos) problems.push(`${file}: panel ${panel.title} has no position`);
    if (!panel.targets?.length || panel.targets.some((t) => !t.expr)) problems.push(`${file}: panel ${panel.title} has no query`);
    const uid = panel.datasource?.uid ?? "";
    const variable = uid.match(/^\$\{(\w+)\}$/);
    if (variable && !variables.has(variable[1])) problems.push(`${file}: panel ${panel.title} uses undefined variable ${variable[1]}`);
    for (const t of panel.targets ?? []) {
      for (const used of t.expr.matchAll(/\$(\w+)/g)) {
        if (!used[1].startsWith("__") && !variables.has(used[1])) problems.push(`${file}: ${panel.title} uses undefined $${used[1]}`);
      }
      queries.push({ panel: panel.title, expr: t.expr.replace(/\$\{?\w+\}?/g, ".*") });
    }
  }
  console.log(`${file}: ${dashboard.panels?.length ?? 0} panels`);
}
if (problems.length) {
  console.error(problems.join("\n"));
  process.exit(1);
}
if (queriesFile) {
  const rules = queries.map((q, i) => `      - record: dashboard_query_${i + 1}\n        # ${q.panel.replace(/\n/g, " ")}\n        expr: ${JSON.stringify(q.expr)}`);
  writeFileSync(queriesFile, `groups:\n  - name: dashboard-queries\n    rules:\n${rules.join("\n")}\n`);
}
console.log("dashboards valid");
