package org.kinerja.localstack;

import java.nio.file.Path;

/**
 * How to start the local stack. Ports of 0 pick free ports (tests); the defaults are the documented ones.
 *
 * @param dataDir     where Kafka's log, MongoDB's file and the signing key are kept across restarts
 * @param demo        load the demo data set and show scores change
 * @param gatewayPort the public port; services use the next five
 * @param region      the deployment's region: a seed region (makassar by default, semarang, mamuju), whose
 *                    government alone the demo loads; "local" (tests) holds all three
 * @param gatewayAddress the address the gateway listens on: 127.0.0.1 unless told otherwise; the services, Kafka and
 *                    MongoDB always listen on 127.0.0.1 only, and the gateway's /dev/tokens answers loopback callers only
 */
public record LocalStackOptions(Path dataDir, boolean demo, int gatewayPort, int kafkaPort, int mongoPort,
        boolean freeServicePorts, String gatewayAddress, String region) {

    public static final String LOOPBACK = "127.0.0.1";

    public static final int DEFAULT_GATEWAY_PORT = 8080;

    public static LocalStackOptions parse(String[] args) {
        Path dataDir = Path.of(".kinerja-data");
        boolean demo = false;
        int gateway = DEFAULT_GATEWAY_PORT;
        int kafka = 9092;
        int mongo = 27017;
        String gatewayAddress = LOOPBACK;
        String region = DemoData.REGIONS.get(0);
        for (String arg : args) {
            if (arg.equals("--demo")) {
                demo = true;
            } else if (arg.startsWith("--data-dir=")) {
                dataDir = Path.of(value(arg));
            } else if (arg.startsWith("--gateway-port=")) {
                gateway = Integer.parseInt(value(arg));
            } else if (arg.startsWith("--kafka-port=")) {
                kafka = Integer.parseInt(value(arg));
            } else if (arg.startsWith("--mongo-port=")) {
                mongo = Integer.parseInt(value(arg));
            } else if (arg.startsWith("--region=")) {
                region = seedRegion(value(arg));
            } else if (arg.startsWith("--gateway-address=")) {
                gatewayAddress = value(arg);
            } else if (arg.equals("--help") || arg.equals("-h")) {
                throw new IllegalArgumentException(usage());
            } else {
                throw new IllegalArgumentException("unknown option " + arg + "\n" + usage());
            }
        }
        return new LocalStackOptions(dataDir, demo, gateway, kafka, mongo, false, gatewayAddress, region);
    }

    /** For tests: everything on free ports, data in the given folder. */
    public static LocalStackOptions forTests(Path dataDir) {
        return new LocalStackOptions(dataDir, false, 0, 0, 0, true, LOOPBACK, DemoData.ALL_REGIONS);
    }

    static String usage() {
        return """
                usage: ./kinerja [--no-build] [--demo] [--region=makassar] [--data-dir=DIR] [--gateway-port=8080]
                                 [--kafka-port=9092] [--mongo-port=27017] [--gateway-address=127.0.0.1]
                  --no-build        start what was built last (./kinerja builds what changed first)
                  --demo            load the region's demo data set and show scores change
                  --region=REGION   the regional government this deployment serves: makassar (default),
                                    semarang or mamuju; run one ./kinerja per region (other ports and
                                    --data-dir) to have them side by side
                  --data-dir=DIR    where data is kept across restarts (default .kinerja-data)
                  --gateway-address=ADDR  where the gateway listens (default 127.0.0.1; 0.0.0.0 for every interface);
                                    everything else listens on 127.0.0.1 only, and /dev/tokens answers loopback only
                  services listen on the five ports after the gateway's (8081-8085 by default), the console and
                  the identity provider on the two after those (8086, 8087), the audit trail on the next (8088)""";
    }

    /** The seed region an argument names; an unknown one is refused with the usage, as an unknown option is. */
    private static String seedRegion(String region) {
        try {
            return DemoData.seedRegion(region);
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException(unknown.getMessage() + "\n" + usage(), unknown);
        }
    }

    private static String value(String arg) {
        return arg.substring(arg.indexOf('=') + 1);
    }
}
