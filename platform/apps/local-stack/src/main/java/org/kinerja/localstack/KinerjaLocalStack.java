package org.kinerja.localstack;

import java.time.Duration;

import org.kinerja.contracts.Topics;
import org.kinerja.localstack.identity.DevIdentityProvider;
import org.kinerja.platform.kafka.access.KafkaPrincipals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Command one: starts the whole platform on its embedded default, optionally loads the demo, and stays up. */
public final class KinerjaLocalStack {

    private static final Logger log = LoggerFactory.getLogger(KinerjaLocalStack.class);

    private KinerjaLocalStack() {
    }

    public static void main(String[] args) throws InterruptedException {
        LocalStackOptions options;
        try {
            options = LocalStackOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        long started = System.nanoTime();
        LocalStack stack;
        try {
            stack = LocalStack.start(options);
        } catch (RuntimeException e) {
            log.error("Kinerja could not start: {}", e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "kinerja-stop"));
        Duration ready = Duration.ofNanos(System.nanoTime() - started);
        printReady(stack, options, ready);
        if (options.demo()) {
            new DemoData(stack.gatewayUrl(), System.out, stack.region()).load();
            DemoData.Agency first = DemoData.agenciesOf(stack.region()).get(0);
            System.out.printf("%nDemo loaded. Try the API (README, \"Trying the API\"): %2$s's token, then her or his "
                    + "scores:%n  TOKEN=$(curl -s -X POST %1$s/dev/tokens -H 'Content-Type: application/json' "
                    + "-d '{\"subject\":\"%3$s\",\"roles\":[\"EMPLOYEE\"],\"agency\":\"%4$s\"}' "
                    + "| sed 's/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/')%n"
                    + "  curl -s %1$s/api/scoring/employees/%3$s/scores -H \"Authorization: Bearer $TOKEN\"%n",
                    stack.gatewayUrl(), first.staff().name(), first.staff().nip(), first.agencyId());
        }
        log.info("Kinerja is running; press Ctrl-C to stop.");
        Thread.currentThread().join();
    }

    private static void printReady(LocalStack stack, LocalStackOptions options, Duration ready) {
        Runtime runtime = Runtime.getRuntime();
        long usedMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
        StringBuilder text = new StringBuilder();
        text.append(String.format("%n Kinerja is ready in %.1f s (heap in use %d MB)%n", ready.toMillis() / 1000.0,
                usedMb));
        text.append(String.format("  console (sign in)     %s%n", stack.consoleUrl()));
        text.append(String.format("  gateway (public API)  %s%n", stack.gatewayUrl()));
        text.append(String.format("  identity (OpenID)     %s  demo users: their NIP, password %s%n",
                stack.identityUrl(), DevIdentityProvider.DEMO_PASSWORD));
        stack.ports().forEach((name, port) -> {
            if (!name.equals("gateway") && !name.equals("console")) {
                text.append(String.format("  %-21s http://127.0.0.1:%d%n", name, port));
            }
        });
        text.append(String.format("  Kafka (KRaft, SASL)   %s%n", stack.kafkaBootstrapServers()));
        for (String agency : stack.demoAgencySystems()) {
            String principal = KafkaPrincipals.agency(agency);
            text.append(String.format("    agency system       user %s password %s (SCRAM-SHA-512) publishes %s%n",
                    principal, stack.kafkaPasswordOf(principal), Topics.activitySubmissions(agency)));
        }
        text.append(String.format("  MongoDB protocol      %s%n", stack.mongoUri()));
        text.append(String.format("  data kept in          %s%n", options.dataDir().toAbsolutePath()));
        text.append(String.format("  tokens                POST %s/dev/tokens {\"subject\":\"<NIP>\",\"roles\":"
                + "[\"EMPLOYEE\"],\"agency\":\"<agencyId>\"}%n", stack.gatewayUrl()));
        System.out.println(text);
    }
}
