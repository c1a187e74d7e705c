// Validates rendered Kubernetes objects offline: each against the Kubernetes OpenAPI schemas (kubernetes-models), then
// against Kinerja's own rules (probes, resources, hardened security context, scoring within the partition count).
// Usage: node validate-k8s.mjs rendered/makassar.yaml [more.yaml ...]
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

/** Topics with one partition, as contracts/src/main/java/org/kinerja/contracts/Topics.java lists them. */
const SINGLE_PARTITION = new Set(["audit.trail.v1", "audit.digests.v1"]);

const problems = [];
const problem = (file, object, message) =>
  problems.push(`${file}: ${object?.kind ?? "?"} ${object?.metadata?.name ?? "?"}: ${message}`);

async function schemaCheck(file, object) {
  const [group, version] = object.apiVersion.includes("/") ? object.apiVersion.split("/") : [null, object.apiVersion];
  // Strimzi's resources against the schemas of Strimzi's own CRDs (@kubernetes-models/strimzi-kafka-operator).
  const module = group === "kafka.strimzi.io"
    ? `@kubernetes-models/strimzi-kafka-operator/${group}/${version}/${object.kind}`
    : group ? `kubernetes-models/${group}/${version}/${object.kind}` : `kubernetes-models/v1/${object.kind}`;
  let Model;
  try {
    Model = (await import(module))[object.kind];
  } catch (e) {
    problem(file, object, `unknown apiVersion/kind ${object.apiVersion} ${object.kind}`);
    return;
  }
  try {
    new Model(object).validate();
  } catch (e) {
    problem(file, object, `does not match the Kubernetes schema: ${e.message}`);
  }
}

function containerRules(file, deployment) {
  const pod = deployment.spec.template.spec;
  if (pod.securityContext?.runAsNonRoot !== true) problem(file, deployment, "pod must run as non-root");
  if (pod.automountServiceAccountToken !== false) problem(file, deployment, "service account token must not be mounted");
  for (const c of pod.containers) {
    for (const probe of ["startupProbe", "livenessProbe", "readinessProbe"]) {
      if (!c[probe]) problem(file, deployment, `container ${c.name} has no ${probe}`);
    }
    if (c.livenessProbe?.httpGet?.path !== "/actuator/health/liveness") problem(file, deployment, "liveness must use the actuator liveness group");
    if (c.readinessProbe?.httpGet?.path !== "/actuator/health/readiness") problem(file, deployment, "readiness must use the actuator readiness group");
    if (!c.resources?.requests?.cpu || !c.resources?.requests?.memory || !c.resources?.limits?.memory) {
      problem(file, deployment, `container ${c.name} needs cpu and memory requests and a memory limit`);
    }
    const sc = c.securityContext ?? {};
    if (sc.allowPrivilegeEscalation !== false || sc.readOnlyRootFilesystem !== true || !sc.capabilities?.drop?.includes("ALL")) {
      problem(file, deployment, `container ${c.name} must not escalate, must have a read-only root and drop ALL capabilities`);
    }
    if (!/:[\w.-]+$/.test(c.image) || c.image.endsWith(":latest")) problem(file, deployment, `image ${c.image} needs a pinned tag`);
  }
}

/**
 * A pod Prometheus scrapes carries the labels the alert rules and dashboards read once a Kubernetes scrape has mapped
 * them (app.kubernetes.io/name -> app_kubernetes_io_name...): without them KinerjaServiceDown could never fire there.
 */
function scrapeLabelRules(file, deployment, region) {
  const template = deployment.spec.template.metadata ?? {};
  if (template.annotations?.["prometheus.io/scrape"] !== "true") return;
  const labels = template.labels ?? {};
  if (labels["app.kubernetes.io/name"] !== deployment.metadata.name) {
    problem(file, deployment, "a scraped pod needs app.kubernetes.io/name naming its service (the alerts' app_kubernetes_io_name)");
  }
  if (labels["app.kubernetes.io/part-of"] !== "kinerja") {
    problem(file, deployment, "a scraped pod needs app.kubernetes.io/part-of: kinerja (the alerts select on it)");
  }
  if (labels["kinerja.org/region"] !== region) {
    problem(file, deployment, `a scraped pod needs kinerja.org/region: ${region} (the alerts' kinerja_org_region)`);
  }
}

/**
 * Scoring keeps Kafka Streams state (RocksDB) that takes minutes to restore from the changelogs: it runs as a
 * StatefulSet whose state directory is a persistent volume per pod, governed by a headless Service (ADR 0010).
 */
function statefulScoringRules(file, scoring, configMaps, services) {
  if (scoring.kind !== "StatefulSet") return problem(file, scoring, "scoring must be a StatefulSet (its state stores survive a reschedule)");
  const stateDir = configMaps.find((c) => c.metadata.name.startsWith("scoring-config"))?.data?.KINERJA_SCORING_STATE_DIR;
  const container = scoring.spec.template.spec.containers.find((c) => c.name === "scoring");
  const mount = container?.volumeMounts?.find((m) => m.mountPath === stateDir);
  if (!stateDir || !mount) return problem(file, scoring, "KINERJA_SCORING_STATE_DIR must be a mounted volume");
  const claim = (scoring.spec.volumeClaimTemplates ?? []).find((t) => t.metadata.name === mount.name);
  if (!claim) problem(file, scoring, `the state directory's volume ${mount.name} must be a volumeClaimTemplate, not ${JSON.stringify(scoring.spec.template.spec.volumes?.find((v) => v.name === mount.name))}`);
  const governing = services.find((s) => s.metadata.name === scoring.spec.serviceName);
  if (!governing || governing.spec.clusterIP !== "None") problem(file, scoring, `serviceName ${scoring.spec.serviceName} must be a headless Service`);
}

/**
 * A region's Strimzi cluster serves its overlay: the topics and users carry its name, its operators watch the
 * overlay's namespace, the services' bootstrap address is its bootstrap Service on the SCRAM listener, it has as many
 * brokers as the topics have replicas, and the administrator is its super user.
 */
function kafkaClusterRules(file, objects, overlays) {
  const kafka = objects.find((o) => o.kind === "Kafka");
  const namespace = objects.find((o) => o.kind === "Namespace");
  if (!kafka || !namespace) return problem(file, null, "a Kafka cluster file needs its Namespace and its Kafka");
  const region = namespace.metadata.labels?.["kinerja.org/region"];
  const overlay = overlays.get(region);
  if (!overlay) return problem(file, kafka, `no overlay for region ${region}`);
  const config = overlay.find((o) => o.kind === "ConfigMap" && o.metadata.name.startsWith("kinerja-config")).data;
  const appNamespace = overlay.find((o) => o.kind === "Namespace").metadata.name;
  const name = kafka.metadata.name;
  for (const resource of overlay.filter((o) => o.kind === "KafkaTopic" || o.kind === "KafkaUser")) {
    if (resource.metadata.labels["strimzi.io/cluster"] !== name) problem(file, resource, `belongs to cluster ${resource.metadata.labels["strimzi.io/cluster"]}, not ${name}`);
  }
  for (const operator of ["topicOperator", "userOperator"]) {
    if (kafka.spec.entityOperator?.[operator]?.watchedNamespace !== appNamespace) problem(file, kafka, `${operator} must watch ${appNamespace}`);
  }
  const listener = kafka.spec.kafka.listeners.find((l) => l.authentication?.type === "scram-sha-512");
  if (!listener) return problem(file, kafka, "needs a SCRAM-SHA-512 listener");
  const bootstrap = `${name}-kafka-bootstrap.${namespace.metadata.name}.svc:${listener.port}`;
  if (config.KAFKA_BOOTSTRAP_SERVERS !== bootstrap) problem(file, kafka, `the overlay's KAFKA_BOOTSTRAP_SERVERS must be ${bootstrap}, is ${config.KAFKA_BOOTSTRAP_SERVERS}`);
  if (listener.tls !== (config.KAFKA_SECURITY_PROTOCOL === "SASL_SSL")) problem(file, kafka, `listener tls ${listener.tls} but the services use ${config.KAFKA_SECURITY_PROTOCOL}`);
  if (listener.tls && !config.KAFKA_TRUSTED_CERTIFICATES) problem(file, kafka, "a TLS listener signed by the cluster's own CA needs the overlay's KAFKA_TRUSTED_CERTIFICATES");
  const brokers = objects.filter((o) => o.kind === "KafkaNodePool" && o.metadata.labels?.["strimzi.io/cluster"] === name && o.spec.roles.includes("broker"))
    .reduce((sum, pool) => sum + pool.spec.replicas, 0);
  if (brokers < Number(config.KINERJA_TOPIC_REPLICAS)) problem(file, kafka, `${brokers} brokers for topics of ${config.KINERJA_TOPIC_REPLICAS} replicas`);
  const admin = overlay.find((o) => o.kind === "KafkaUser" && kafka.spec.kafka.authorization?.superUsers?.includes(o.metadata.name));
  if (!admin) problem(file, kafka, "its super user must be a KafkaUser of the overlay (the administrator)");
  if (kafka.spec.kafka.config?.["auto.create.topics.enable"] !== false) problem(file, kafka, "auto.create.topics.enable must be false (every topic is declared)");
  console.log(`${file}: cluster ${name} serves region ${region} (${brokers} brokers)`);
}

/** Each service signs in to Kafka as its KafkaUser, with the very password the User Operator gives that user. */
function kafkaUserRules(file, workloads, users) {
  if (users.length === 0) return;
  for (const workload of workloads) {
    const env = workload.spec.template.spec.containers.flatMap((c) => c.env ?? []);
    const username = env.find((e) => e.name === "KAFKA_USERNAME")?.value;
    if (!username) continue;
    const user = users.find((u) => u.metadata.name === username);
    if (!user) { problem(file, workload, `signs in as ${username}, which no KafkaUser declares`); continue; }
    const theirs = env.find((e) => e.name === "KAFKA_PASSWORD")?.valueFrom?.secretKeyRef;
    const declared = user.spec.authentication?.password?.valueFrom?.secretKeyRef;
    if (!theirs || !declared || theirs.name !== declared.name || theirs.key !== declared.key) {
      problem(file, workload, `reads its Kafka password from ${JSON.stringify(theirs)}, its KafkaUser's is ${JSON.stringify(declared)}`);
    }
  }
}

/**
 * Over TLS with the cluster's own CA, every Kafka client mounts the Secret that holds the CA where
 * KAFKA_TRUSTED_CERTIFICATES points; a client without it would not start (or would trust the wrong brokers).
 */
function kafkaTrustRules(file, workloads, config) {
  const trusted = config.KAFKA_TRUSTED_CERTIFICATES;
  if (!trusted) return;
  if (config.KAFKA_SECURITY_PROTOCOL !== "SASL_SSL") problem(file, null, `KAFKA_TRUSTED_CERTIFICATES is for SASL_SSL, the protocol is ${config.KAFKA_SECURITY_PROTOCOL}`);
  for (const workload of workloads) {
    const spec = workload.spec.template.spec;
    const container = spec.containers.find((c) => (c.env ?? []).some((e) => e.name === "KAFKA_USERNAME"));
    if (!container) continue;
    const mount = (container.volumeMounts ?? []).find((m) => trusted.startsWith(m.mountPath.replace(/\/?$/, "/")));
    const volume = mount && (spec.volumes ?? []).find((v) => v.name === mount.name);
    if (!volume?.secret?.secretName) {
      problem(file, workload, `trusts ${trusted} but mounts no Secret there (components/kafka-cluster-ca)`);
    } else if (volume.secret.optional) {
      problem(file, workload, `the cluster CA's Secret ${volume.secret.secretName} must not be optional`);
    }
  }
}

function platformRules(file, objects) {
  const byKind = (kind) => objects.filter((o) => o.kind === kind);
  const config = byKind("ConfigMap").find((o) => o.metadata.name.startsWith("kinerja-config"));
  if (!config) return problem(file, null, "no kinerja-config ConfigMap");
  const region = config.data.REGION;
  if (!region || region === "changeme") problem(file, config, "REGION must be set by the overlay");
  const console = byKind("ConfigMap").find((o) => o.metadata.name.startsWith("console-config"));
  if (!console) problem(file, null, "no console-config ConfigMap");
  else if (!/^https:\/\//.test(console.data.KINERJA_CONSOLE_OIDC_ISSUER_URI ?? "")) {
    problem(file, console, "KINERJA_CONSOLE_OIDC_ISSUER_URI must name the region's identity provider over HTTPS");
  }
  if (!/^https:\/\//.test(config.data.KINERJA_JWT_JWK_SET_URI ?? "")) {
    problem(file, config, "KINERJA_JWT_JWK_SET_URI must name the identity provider's keys over HTTPS");
  }
  const partitions = Number(config.data.KINERJA_TOPIC_PARTITIONS);
  const namespace = byKind("Namespace")[0];
  if (!namespace) problem(file, null, "the overlay must create its namespace");
  else if (namespace.metadata.labels?.["pod-security.kubernetes.io/enforce"] !== "restricted") {
    problem(file, namespace, "namespace must enforce the restricted pod security standard");
  }
  // Deployments and the one StatefulSet (scoring) are held to the same rules.
  const deployments = [...byKind("Deployment"), ...byKind("StatefulSet")];
  const configMaps = new Set(byKind("ConfigMap").map((o) => o.metadata.name));
  for (const d of deployments) {
    containerRules(file, d);
    scrapeLabelRules(file, d, region);
    for (const c of d.spec.template.spec.containers) {
      for (const ref of c.envFrom ?? []) {
        if (ref.configMapRef && !configMaps.has(ref.configMapRef.name)) problem(file, d, `refers to missing ConfigMap ${ref.configMapRef.name}`);
      }
    }
  }
  const budgets = byKind("PodDisruptionBudget");
  for (const d of deployments) {
    const labels = d.spec.template.metadata?.labels ?? {};
    const budget = budgets.find((b) => Object.entries(b.spec.selector?.matchLabels ?? {}).every(([k, v]) => labels[k] === v));
    if (!budget) problem(file, d, "needs a PodDisruptionBudget selecting its pods (a drain would take them all at once)");
    else if (budget.spec.maxUnavailable !== 1) problem(file, budget, "maxUnavailable must be 1: one pod of a service at a time");
  }
  for (const hpa of byKind("HorizontalPodAutoscaler")) {
    const target = hpa.spec.scaleTargetRef.name;
    const workload = deployments.find((d) => d.metadata.name === target);
    if (!workload) problem(file, hpa, `scales missing workload ${target}`);
    else if (workload.kind !== hpa.spec.scaleTargetRef.kind) problem(file, hpa, `scales a ${hpa.spec.scaleTargetRef.kind} but ${target} is a ${workload.kind}`);
    if (hpa.spec.minReplicas > hpa.spec.maxReplicas) problem(file, hpa, "minReplicas exceeds maxReplicas");
    if (target === "scoring" && hpa.spec.maxReplicas > partitions) {
      problem(file, hpa, `scoring may scale to ${hpa.spec.maxReplicas} replicas but topics have ${partitions} partitions`);
    }
  }
  const replicas = Number(config.data.KINERJA_TOPIC_REPLICAS);
  for (const resource of [...byKind("KafkaTopic"), ...byKind("KafkaUser")]) {
    if (!resource.metadata?.labels?.["strimzi.io/cluster"]) problem(file, resource, "needs the strimzi.io/cluster label");
  }
  for (const topic of byKind("KafkaTopic")) {
    const name = topic.spec.topicName;
    // The audit chain needs one order: its topics have one partition (Topics.SINGLE_PARTITION in contracts/).
    const expected = SINGLE_PARTITION.has(name) ? 1 : partitions;
    if (!name.endsWith(".DLT") && topic.spec.partitions !== expected) problem(file, topic, `has ${topic.spec.partitions} partitions, ${SINGLE_PARTITION.has(name) ? "the audit chain's topics" : "the region's topics"} ${expected}`);
    if (topic.spec.replicas !== replicas) problem(file, topic, `has ${topic.spec.replicas} replicas, the region's topics ${replicas}`);
    if (replicas >= 3 && topic.spec.config?.["min.insync.replicas"] !== "2") problem(file, topic, "needs min.insync.replicas 2 with 3 replicas");
    if (!topic.spec.config?.["cleanup.policy"]) problem(file, topic, "needs a cleanup policy (and its retention) declared, never the broker's default");
  }
  const scoring = deployments.find((d) => d.metadata.name === "scoring");
  if (scoring && scoring.spec.replicas > partitions) problem(file, scoring, `more replicas than the ${partitions} partitions`);
  if (scoring) statefulScoringRules(file, scoring, byKind("ConfigMap"), byKind("Service"));
  kafkaUserRules(file, deployments, byKind("KafkaUser"));
  kafkaTrustRules(file, deployments, config.data);
  if (byKind("KafkaUser").length && byKind("Job").some((j) => j.metadata.name === "kafka-provision")) {
    problem(file, null, "the kafka-provision Job and Strimzi's User Operator would both manage the users: keep one");
  }
  return { region, objects: objects.length };
}

// Rendered overlays get every rule; the files after --kafka-clusters are regions' Strimzi Kafka clusters, checked
// against Strimzi's schemas and against the overlay of their region (names, namespaces, bootstrap address, replicas).
const args = process.argv.slice(2);
const split = args.includes("--kafka-clusters") ? args.indexOf("--kafka-clusters") : args.length;
const overlays = new Map();
for (const file of args.slice(0, split)) {
  const objects = parseAllDocuments(readFileSync(file, "utf8")).map((d) => d.toJS()).filter(Boolean);
  for (const object of objects) await schemaCheck(file, object);
  const summary = platformRules(file, objects);
  if (summary) {
    overlays.set(summary.region, objects);
    console.log(`${file}: ${summary.objects} objects for region ${summary.region}`);
  }
}
for (const file of args.slice(split + 1)) {
  const objects = parseAllDocuments(readFileSync(file, "utf8")).map((d) => d.toJS()).filter(Boolean);
  for (const object of objects) await schemaCheck(file, object);
  kafkaClusterRules(file, objects, overlays);
}
if (problems.length) {
  console.error(problems.join("\n"));
  process.exit(1);
}
console.log("Kubernetes objects valid");
