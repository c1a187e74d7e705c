package org.kinerja.reporting.adapter.out.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinerja.reporting.adapter.out.mongo.MongoReportingDirectory;
import org.kinerja.reporting.domain.ReportRules.ApprovedIndicator;
import org.kinerja.reporting.domain.ReportRules.KnownEmployee;

/**
 * The cache in front of the projections, against the real MongoDB store on a wire-protocol server: what this instance
 * saves is seen at once, what another instance saved (written to the store behind the cache) within a second.
 */
class CachedReportingDirectoryTest {
    private static final String NIP = "199612122020122001";

    private MongoServer server;
    private MongoClient client;
    private MongoReportingDirectory store;
    private CachedReportingDirectory cached;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        store = new MongoReportingDirectory(client.getDatabase("cache-test"));
        cached = new CachedReportingDirectory(store);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdown();
    }

    @Test
    void whatThisInstanceSavesIsSeenAtOnce() {
        assertThat(cached.findEmployee(NIP)).isEmpty();
        cached.saveEmployee(employee(1));
        assertThat(cached.findEmployee(NIP)).contains(employee(1));

        assertThat(cached.findIndicator("iki-1")).isEmpty();
        cached.replaceApprovedIndicators("skp-2026-" + NIP, List.of(new ApprovedIndicator("iki-1", NIP, 2026,
                "skp-2026-" + NIP)));
        assertThat(cached.findIndicator("iki-1")).isPresent();
        cached.replaceApprovedIndicators("skp-2026-" + NIP, List.of());
        assertThat(cached.findIndicator("iki-1")).as("withdrawn with its plan").isEmpty();
    }

    @Test
    void whatAnotherInstanceSavedIsSeenWithinTheFreshness() throws InterruptedException {
        assertThat(cached.findEmployee(NIP)).isEmpty();
        store.saveEmployee(employee(1)); // another instance's projection listener
        assertThat(cached.findEmployee(NIP)).as("the cached answer, for a moment").isEmpty();
        Thread.sleep(CachedReportingDirectory.FRESHNESS.toMillis() + 200);
        assertThat(cached.findEmployee(NIP)).contains(employee(1));
    }

    private static KnownEmployee employee(long version) {
        return new KnownEmployee(NIP, "dukcapil-mks", "dukcapil-mks-pelayanan", "198503122010011003", null, null,
                version);
    }
}
