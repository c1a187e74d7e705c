// An agency's own system, as docs/agency-kafka.md describes it, written with KafkaJS (an independent, pure-JavaScript
// Kafka client). Signs in with SASL/SCRAM-SHA-512 from KAFKA_USERNAME / KAFKA_PASSWORD.
//   node agency-client.mjs publish <brokers> <topic> <key> <headers.json> <value-file>
//   node agency-client.mjs read <brokers> <topic> <group> <idle-ms>     prints one JSON line per record
import { readFileSync } from "node:fs";
import { Kafka, logLevel } from "kafkajs";

const [command, brokers, topic, ...rest] = process.argv.slice(2);
const kafka = new Kafka({
  clientId: "agency-client",
  brokers: brokers.split(","),
  logLevel: logLevel.NOTHING,
  sasl: { mechanism: "scram-sha-512", username: process.env.KAFKA_USERNAME, password: process.env.KAFKA_PASSWORD },
  retry: { retries: 2 },
});

async function publish([key, headersFile, valueFile]) {
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  try {
    await producer.send({ topic, acks: -1, messages: [{ key, headers: JSON.parse(readFileSync(headersFile, "utf8")),
      value: readFileSync(valueFile) }] });
  } finally {
    await producer.disconnect();
  }
}

async function read([group, idleMs]) {
  const consumer = kafka.consumer({ groupId: group });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  let last = Date.now();
  await consumer.run({
    eachMessage: async ({ message }) => {
      last = Date.now();
      const headers = Object.fromEntries(Object.entries(message.headers).map(([k, v]) => [k, v?.toString()]));
      console.log(JSON.stringify({ key: message.key?.toString(), headers, value: message.value?.toString() }));
    },
  });
  while (Date.now() - last < Number(idleMs)) await new Promise((r) => setTimeout(r, 200));
  await consumer.disconnect();
}

(command === "publish" ? publish(rest) : read(rest)).catch((e) => {
  console.error(`${e.name}: ${e.message}`);
  process.exit(1);
});
