package org.kinerja.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.kinerja.contracts.EventJson;
import org.kinerja.contracts.EventType;
import org.kinerja.contracts.Topics;
import org.kinerja.contracts.events.ActivityReported;
import org.kinerja.contracts.events.ScoreUpdated;
import org.kinerja.localstack.LocalStack;
import org.kinerja.localstack.LocalStackOptions;
import org.kinerja.platform.events.CloudEventRecords;
import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.platform.kafka.access.KafkaClientSecurity;
import org.kinerja.platform.kafka.access.KafkaPrincipals;
import org.kinerja.platform.test.ApiClient;
import org.kinerja.platform.test.Stats;

/**
 * The whole co-located platform as command one starts it (one JVM: the broker with SASL/SCRAM and ACLs, the MongoDB
 * server, the five services and the gateway), with N employees registered (CSV import) and their SKPs written,
 * submitted and approved through the gateway, and an agency's system publishing reports on its own Kafka topic as
 * its own principal. Prints in one run: the raw broker ceiling on the same box, the sustained end-to-end throughput
 * (report published to score committed) and its ratio to the ceiling, each consumer group's lag over the run,
 * freshness at fixed offered rates, where the CPU went (by thread group), single reports over REST through the gateway
 * at fixed arrival rates ({@link HttpIngest}) and the resident memory.
 *
 * <p>{@code ./mvnw -q -Pbench-platform -pl platform/apps/benchmarks -am install -DskipTests}
 * ({@code -Dkinerja.bench.platform.args=quick} for a short run).
 */
public final class PlatformBenchmark {

    private static final String AGENCY = "dishub-bench";
    private static final int PER_UNIT = 100;
    private static final int RECORD_TARGET_BYTES = 664;

    private final LocalStack stack;
    private final ApiClient api;
    private final int employees;
    private final List<String> staff = new ArrayList<>();
    /** Each employee's own token, for their reports over REST. */
    private final Map<String, String> employeeTokens = new ConcurrentHashMap<>();
    private final Map<String, Long> counted = new ConcurrentHashMap<>();
    private final Map<String, ConcurrentLinkedQueue<Long>> sentAt = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> sent = new ConcurrentHashMap<>();
    private final List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
    private final AtomicBoolean measuring = new AtomicBoolean();
    private KafkaProducer<String, byte[]> agency;
    private long sequence;
    private final AtomicLong lostSends = new AtomicLong();

    private PlatformBenchmark(LocalStack stack, int employees) {
        this.stack = stack;
        this.api = new ApiClient(stack.gatewayUrl());
        this.employees = employees;
    }

    public static void main(String[] args) throws Exception {
        boolean quick = List.of(args).contains("quick");
        int employees = quick ? 200 : 1_000;
        Path data = Files.createTempDirectory("kinerja-bench-");
        long startedAt = System.nanoTime();
        LocalStack stack = LocalStack.start(LocalStackOptions.forTests(data));
        System.out.printf("%n== The co-located platform (one JVM, SASL/SCRAM and ACLs on), %,d employees ==%n",
                employees);
        System.out.printf("platform ready in %.1f s%n", (System.nanoTime() - startedAt) / 1e9);
        PlatformBenchmark bench = new PlatformBenchmark(stack, employees);
        int status = 0;
        try {
            bench.run(quick);
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        } finally {
            stack.close();
        }
        System.exit(status);
    }

    private void run(boolean quick) throws Exception {
        long setup = System.nanoTime();
        setUp();
        System.out.printf("set-up: %,d employees registered (CSV), %,d SKPs written, submitted and approved through "
                + "the gateway in %.0f s%n", employees, employees, (System.nanoTime() - setup) / 1e9);
        double ceiling = rawBrokerCeiling(quick ? 50_000 : 200_000);

        Thread watcher = new Thread(this::watchScores, "bench-score-watcher");
        watcher.setDaemon(true);
        watcher.start();
        agency = agencyProducer();
        for (String employee : staff) {
            send(employee);
        }
        agency.flush();
        awaitCounted(Duration.ofMinutes(5));
        System.out.println("warm-up: one report per employee scored");

        Map<String, Long> cpuBefore = cpuByGroup();
        int burst = quick ? 10_000 : 50_000;
        LagSampler lag = new LagSampler(stack.kafkaAdminClientConfig());
        lag.start();
        long start = System.nanoTime();
        for (int i = 0; i < burst; i++) {
            send(staff.get(i % staff.size()));
        }
        agency.flush();
        double published = (System.nanoTime() - start) / 1e9;
        awaitCounted(Duration.ofMinutes(30));
        double seconds = (System.nanoTime() - start) / 1e9;
        lag.awaitDrained(Duration.ofMinutes(30));
        double drained = (System.nanoTime() - start) / 1e9;
        lag.stop();
        Map<String, Long> cpuAfter = cpuByGroup();
        double throughput = burst / seconds;
        System.out.printf("sustained end to end (agency Kafka topic -> intake -> scoring -> committed year score): "
                + "%,d reports published in %.1f s, all scored in %.1f s = %,.0f reports/s (%.2f %% of the raw "
                + "broker ceiling)%n", burst, published, seconds, throughput, 100 * throughput / ceiling);
        System.out.printf("every consumer group caught up (read models, rewards) in %.1f s = %,.0f reports/s%n",
                drained, burst / drained);
        lag.print();
        printCpu(cpuBefore, cpuAfter, burst);
        verifyReadModel();

        for (int rate : quick ? new int[] {100} : new int[] {100, 500}) {
            freshness(rate, quick ? 10 : 30);
        }
        HttpIngest direct = new HttpIngest("http://127.0.0.1:" + stack.ports().get("activity-reporting"),
                "straight to activity-reporting (no gateway)", staff, employeeTokens, AGENCY);
        Map<String, Long> cpuBeforeDirect = cpuByGroup();
        int acceptedDirect = direct.run(200, quick ? 10 : 30);
        printCpu(cpuBeforeDirect, cpuByGroup(), Math.max(1, acceptedDirect));
        HttpIngest http = new HttpIngest(stack.gatewayUrl(), "through the gateway", staff, employeeTokens, AGENCY);
        for (int rate : quick ? new int[] {200, 1_000} : new int[] {500, 1_000, 2_000}) {
            Map<String, Long> cpuBeforeHttp = cpuByGroup();
            int accepted = http.run(rate, quick ? 10 : 30);
            printCpu(cpuBeforeHttp, cpuByGroup(), Math.max(1, accepted));
        }
        System.out.printf("resident memory of the platform: %,d MB%n", residentMegabytes());
    }

    // ---- set-up through the gateway ----------------------------------------------------------------------------

    private String token(String subject, String role, String agencyId) {
        Map<String, Object> body = new HashMap<>(Map.of("subject", subject, "roles", List.of(role)));
        if (agencyId != null) {
            body.put("agency", agencyId);
        }
        return api.post("/dev/tokens", null, body).text("access_token");
    }

    /** A valid NIP: birth date, TMT (year and month), sex, and a sequence 001-999. */
    private static String nip(int kind, int n) {
        return String.format("%s%s1%03d", kind == 0 ? "19900101" : "19800101",
                String.format("%04d%02d", kind == 0 ? 2015 : 2005, 1 + (n / 999) % 12), 1 + n % 999);
    }

    private void setUp() throws Exception {
        String admin = token("bkpsdm-admin", "ADMIN", null);
        api.post("/api/registry/regional-governments", admin, Map.of("regionId", "makassar", "name",
                "Pemerintah Kota Makassar", "kind", "KOTA"));
        api.post("/api/registry/units", admin, Map.of("unitId", AGENCY, "regionId", "makassar", "name",
                "Dinas Perhubungan", "unitType", "OPD"));
        String operator = token("operator", "AGENCY_ADMIN", AGENCY);
        int units = (employees + PER_UNIT - 1) / PER_UNIT;
        StringBuilder csv = new StringBuilder("nip,name,unitId,asnType,positionType,headOfUnit\n");
        for (int u = 0; u < units; u++) {
            String unit = AGENCY + "-u" + u;
            api.post("/api/registry/units", operator, Map.of("unitId", unit, "regionId", "makassar",
                    "parentUnitId", AGENCY, "name", "Bidang " + u, "unitType", "BIDANG"));
            csv.append(nip(1, u)).append(",Kepala Bidang ").append(u).append(',').append(unit)
                    .append(",PNS,ADMINISTRATOR,true\n");
        }
        for (int e = 0; e < employees; e++) {
            staff.add(nip(0, e));
            csv.append(nip(0, e)).append(",Pegawai ").append(e).append(',').append(AGENCY).append("-u")
                    .append(e / PER_UNIT).append(",PNS,PELAKSANA,false\n");
        }
        ApiClient.Response job = api.call("POST", "/api/registry/agencies/" + AGENCY + "/employee-imports", operator,
                Map.of(), "text/csv", csv.toString());
        ApiClient.Response imported = api.await("/api/registry/employee-imports/" + job.text("jobId"), operator,
                r -> "DONE".equals(r.text("status")), Duration.ofMinutes(10));
        if (imported.body().path("rejected").asInt() > 0) {
            throw new IllegalStateException("the import refused rows: " + imported.body().path("rejections"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> plans = new ArrayList<>();
        for (int e = 0; e < employees; e++) {
            int n = e;
            plans.add(pool.submit(() -> approvedPlan(staff.get(n), nip(1, n / PER_UNIT))));
        }
        for (Future<?> plan : plans) {
            plan.get();
        }
        pool.shutdown();
    }

    private void approvedPlan(String employee, String head) {
        String own = token(employee, "EMPLOYEE", AGENCY);
        employeeTokens.put(employee, own);
        Map<String, Object> plan = Map.of("employeeId", employee, "year", 2026, "approach", "KUANTITATIF",
                "rhk", List.of(Map.of("kind", "UTAMA", "description", "Terlayaninya angkutan umum",
                        "indicators", List.of(Map.of("description", "Armada diuji", "aspect", "KUANTITAS",
                                "target", 1_000_000, "unit", "unit", "polarity", "HIGHER_IS_BETTER",
                                "aggregation", "SUM")))));
        ApiClient.Response created = ApiClient.retryWhile(r -> r.status() == 422 || r.status() == 429,
                () -> api.post("/api/planning/plans", own, plan), Duration.ofMinutes(2));
        if (created.status() != 201 && created.status() != 409) {
            throw new IllegalStateException("plan of " + employee + " not created: " + created.status() + " "
                    + created.body());
        }
        String planId = "skp-2026-" + employee;
        ApiClient.retryWhile(r -> r.status() == 429, () -> api.post("/api/planning/plans/" + planId + "/submit", own,
                "{}"), Duration.ofMinutes(2));
        ApiClient.Response approved = ApiClient.retryWhile(r -> r.status() == 429 || r.status() == 422,
                () -> api.post("/api/planning/plans/" + planId + "/approve", token(head, "EMPLOYEE", AGENCY), "{}"),
                Duration.ofMinutes(2));
        if (approved.status() != 200) {
            throw new IllegalStateException("plan of " + employee + " not approved: " + approved.status() + " "
                    + approved.body());
        }
    }

    // ---- the raw broker ------------------------------------------------------------------------------------------

    /** Produce then consume records of a report's size, with the services' producer settings: records/s. */
    private double rawBrokerCeiling(int records) throws Exception {
        String topic = "bench.raw-ceiling";
        Map<String, Object> admin = stack.kafkaAdminClientConfig();
        try (Admin client = Admin.create(admin)) {
            client.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        byte[] value = new byte[RECORD_TARGET_BYTES];
        java.util.Arrays.fill(value, (byte) 'x');
        Properties config = producerConfig(admin);
        long start = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
                new ByteArraySerializer())) {
            for (int i = 0; i < records; i++) {
                producer.send(new ProducerRecord<>(topic, staff.get(i % staff.size()), value));
            }
            producer.flush();
        }
        double produce = records / ((System.nanoTime() - start) / 1e9);
        Map<String, Object> consumerConfig = new HashMap<>(admin);
        consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-raw");
        consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        start = System.nanoTime();
        int read = 0;
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            while (read < records) {
                read += consumer.poll(Duration.ofMillis(200)).count();
            }
        }
        double consume = records / ((System.nanoTime() - start) / 1e9);
        System.out.printf("raw broker ceiling on this box (%,d records of %d bytes, idempotent, acks=all, the "
                + "services' batching): produce %,.0f records/s, consume %,.0f records/s%n", records,
                RECORD_TARGET_BYTES, produce, consume);
        return Math.min(produce, consume);
    }

    private static Properties producerConfig(Map<String, Object> client) {
        Properties config = new Properties();
        config.putAll(client);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        return config;
    }

    // ---- the agency's system ---------------------------------------------------------------------------------------

    private KafkaProducer<String, byte[]> agencyProducer() {
        String password = stack.addAgencySystem(AGENCY);
        Map<String, Object> client = KafkaClientSecurity.scram(KafkaPrincipals.agency(AGENCY), password)
                .clientConfig(bootstrap());
        // A SCRAM credential just created reaches the broker's authenticator a moment later, and a producer whose
        // first connection fails authentication fails its pending sends: try until the credential is in force.
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerConfig(client),
                    new StringSerializer(), new ByteArraySerializer());
            try {
                producer.partitionsFor(Topics.activitySubmissions(AGENCY));
                return producer;
            } catch (org.apache.kafka.common.errors.AuthenticationException notYet) {
                producer.close();
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw notYet;
                }
            }
        }
    }

    private String bootstrap() {
        return String.valueOf(stack.kafkaAdminClientConfig().get("bootstrap.servers"));
    }

    private void send(String employee) {
        long n = sequence++;
        ActivityReported report = new ActivityReported("rpt-bench-" + n, employee, AGENCY,
                "skp-2026-" + employee + "-rhk-1-iki-1", "DAILY", LocalDate.of(2026, 1, 5).plusDays(n % 300),
                null, null, null, BigDecimal.ONE, "Uji berkala kendaraan angkutan umum", null, Instant.now());
        sent.computeIfAbsent(employee, e -> new AtomicLong()).incrementAndGet();
        if (measuring.get()) {
            sentAt.computeIfAbsent(employee, e -> new ConcurrentLinkedQueue<>()).add(System.nanoTime());
        }
        agency.send(CloudEventRecords.toProducerRecord(Topics.activitySubmissions(AGENCY), OutgoingEvent.of(
                EventType.ACTIVITY_REPORTED, "bench-" + n, "/agencies/" + AGENCY, employee, report.reportId(),
                Instant.now(), report)), (metadata, failure) -> {
                    if (failure != null) {
                        lostSends.incrementAndGet();
                    }
                });
    }

    /** Follows the committed year scores: how many reports each employee's score counts. */
    private void watchScores() {
        Map<String, Object> config = new HashMap<>(stack.kafkaAdminClientConfig());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-watcher");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.SCORES));
            while (true) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(20))) {
                    long now = System.nanoTime();
                    ScoreUpdated score = EventJson.read(record.value(), ScoreUpdated.class);
                    if (!score.period().equals("2026") || score.indicators().isEmpty()) {
                        continue;
                    }
                    long count = score.indicators().get(0).reportCount();
                    Long before = counted.put(score.employeeId(), count);
                    if (measuring.get() && before != null && count > before) {
                        ConcurrentLinkedQueue<Long> queue = sentAt.get(score.employeeId());
                        for (long k = before; k < count && queue != null && !queue.isEmpty(); k++) {
                            latencies.add(now - queue.poll());
                        }
                    }
                }
            }
        }
    }

    private void awaitCounted(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (lostSends.get() > 0) {
                throw new IllegalStateException(lostSends.get() + " reports were not accepted by the broker");
            }
            if (staff.stream().allMatch(e -> counted.getOrDefault(e, 0L) >= sent.getOrDefault(e, new AtomicLong())
                    .get())) {
                return;
            }
            Thread.sleep(20);
        }
        long behind = staff.stream().filter(e -> counted.getOrDefault(e, 0L) < sent.get(e).get()).count();
        throw new IllegalStateException(behind + " employees' scores did not catch up within " + timeout);
    }

    private void freshness(int rate, int seconds) throws InterruptedException {
        awaitCounted(Duration.ofMinutes(5));
        latencies.clear();
        sentAt.clear();
        measuring.set(true);
        long next = System.nanoTime();
        for (int i = 0; i < rate * seconds; i++) {
            send(staff.get(i % staff.size()));
            next += 1_000_000_000L / rate;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        }
        agency.flush();
        awaitCounted(Duration.ofMinutes(10));
        measuring.set(false);
        Stats stats = new Stats(latencies.stream().mapToDouble(l -> l / 1e6).toArray());
        System.out.printf("freshness at %,d reports/s offered for %d s (agency publish -> committed year score, %,d "
                + "reports): p50 %.0f ms, p99 %.0f ms, max %.0f ms%n", rate, seconds, stats.count(),
                stats.percentile(50), stats.percentile(99), stats.max());
    }

    /** The read model over REST agrees with the committed scores for a sample of employees. */
    private void verifyReadModel() {
        String admin = token("bkpsdm-admin", "ADMIN", null);
        int checked = 0;
        for (int e = 0; e < staff.size(); e += Math.max(1, staff.size() / 20)) {
            String employee = staff.get(e);
            long want = sent.get(employee).get();
            api.await("/api/scoring/employees/" + employee + "/scores/2026", admin,
                    r -> r.status() == 200 && r.body().path("indicators").get(0).path("reportCount").asLong() == want,
                    Duration.ofMinutes(2));
            checked++;
        }
        System.out.printf("read model: %d sampled employees' year scores over REST count every report%n", checked);
    }

    // ---- where the time goes -----------------------------------------------------------------------------------

    /** CPU time per group of threads (by name), in nanoseconds. */
    private static Map<String, Long> cpuByGroup() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> groups = new TreeMap<>();
        for (long id : threads.getAllThreadIds()) {
            java.lang.management.ThreadInfo info = threads.getThreadInfo(id);
            long cpu = threads.getThreadCpuTime(id);
            if (info == null || cpu < 0) {
                continue;
            }
            groups.merge(group(info.getThreadName()), cpu, Long::sum);
        }
        return groups;
    }

    static String group(String thread) {
        Map<String, String> prefixes = new LinkedHashMap<>();
        prefixes.put("reporting-", "activity-reporting listeners");
        prefixes.put("scoring-", "scoring (Kafka Streams)");
        prefixes.put("rewards-", "rewards listeners");
        prefixes.put("audit-", "audit-trail (Kafka Streams, projection)");
        prefixes.put("planning-", "target-planning listeners");
        prefixes.put("registry-", "employee-registry listeners");
        prefixes.put("kafka-producer-network-thread", "Kafka producers (all services)");
        prefixes.put("data-plane-kafka", "Kafka broker (request handling)");
        prefixes.put("kafka-request-handler", "Kafka broker (request handling)");
        prefixes.put("mongo-server", "MongoDB server (mongo-java-server)");
        prefixes.put("nioEventLoopGroup", "MongoDB server (mongo-java-server)");
        prefixes.put("http-nio", "HTTP (services)");
        prefixes.put("reactor-http", "gateway");
        prefixes.put("scheduling", "schedulers (outbox relay, parking sweep)");
        prefixes.put("bench-", "benchmark itself");
        prefixes.put("kafka-", "Kafka broker (other)");
        for (Map.Entry<String, String> prefix : prefixes.entrySet()) {
            if (thread.startsWith(prefix.getKey())) {
                return prefix.getValue();
            }
        }
        return thread.contains("StreamThread") ? "scoring (Kafka Streams)" : "other";
    }

    private static void printCpu(Map<String, Long> before, Map<String, Long> after, int reports) {
        long total = 0;
        Map<String, Long> spent = new TreeMap<>();
        for (Map.Entry<String, Long> group : after.entrySet()) {
            long delta = group.getValue() - before.getOrDefault(group.getKey(), 0L);
            if (delta > 0) {
                spent.put(group.getKey(), delta);
                total += delta;
            }
        }
        long sum = total;
        System.out.printf("CPU during the run: %.1f s in all, %.0f µs per report; by thread group:%n", sum / 1e9,
                sum / 1e3 / reports);
        spent.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(g -> System.out.printf("  %-45s %5.1f %%  %6.0f µs/report%n", g.getKey(),
                        100.0 * g.getValue() / sum, g.getValue() / 1e3 / reports));
    }

    private static long residentMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8)) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (java.io.IOException e) {
            return -1;
        }
        return -1;
    }

    /** Samples every consumer group's lag (end offsets minus committed) every two seconds. */
    private static final class LagSampler {
        private static final long DRAINED = 20;
        private final Map<String, Object> admin;
        private final Map<String, Long> maxLag = new ConcurrentHashMap<>();
        private final Map<String, List<Long>> series = new ConcurrentHashMap<>();
        private final Map<String, Long> latest = new ConcurrentHashMap<>();
        private volatile boolean running = true;
        private Thread thread;

        LagSampler(Map<String, Object> admin) {
            this.admin = admin;
        }

        void start() {
            thread = new Thread(() -> {
                try (Admin client = Admin.create(admin)) {
                    while (running) {
                        sample(client);
                        Thread.sleep(1_000);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (Exception e) {
                    System.out.println("lag sampling stopped: " + e.getMessage());
                }
            }, "bench-lag");
            thread.setDaemon(true);
            thread.start();
        }

        private void sample(Admin client) throws Exception {
            for (ConsumerGroupListing group : client.listConsumerGroups().all().get(10, TimeUnit.SECONDS)) {
                String id = group.groupId();
                if (id.startsWith("bench-")) {
                    continue;
                }
                Map<TopicPartition, OffsetAndMetadata> committed = client.listConsumerGroupOffsets(id)
                        .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                committed.keySet().forEach(p -> latest.put(p, OffsetSpec.latest()));
                long lag = 0;
                var ends = client.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
                for (Map.Entry<TopicPartition, OffsetAndMetadata> c : committed.entrySet()) {
                    if (c.getValue() != null && ends.get(c.getKey()) != null) {
                        lag += Math.max(0, ends.get(c.getKey()).offset() - c.getValue().offset());
                    }
                }
                maxLag.merge(id, lag, Math::max);
                this.latest.put(id, lag);
                series.computeIfAbsent(id, g -> java.util.Collections.synchronizedList(new ArrayList<>())).add(lag);
            }
        }

        /**
         * Waits until every group's lag, at its latest sample, is within a few records (transaction markers keep an
         * idle transactional topic's lag at a handful, never quite 0).
         */
        void awaitDrained(Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (latest.isEmpty() || latest.values().stream().anyMatch(lag -> lag > DRAINED)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("consumer groups still behind after " + timeout + ": " + latest);
                }
                Thread.sleep(100);
            }
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join(10_000);
        }

        void print() {
            System.out.println("consumer lag during the run (records; max, then across the run, a second apart):");
            new TreeMap<>(maxLag).forEach((group, max) -> {
                List<Long> values = List.copyOf(series.get(group));
                int step = Math.max(1, values.size() / 15);
                List<Long> shown = new ArrayList<>();
                for (int i = 0; i < values.size(); i += step) {
                    shown.add(values.get(i));
                }
                System.out.printf("  %-45s max %,8d  %s%s%n", group, max, shown, step > 1 ? " (every " + step
                        + " s)" : "");
            });
        }
    }
}
