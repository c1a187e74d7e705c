package org.kinerja.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;

/** Index keys ordered without serialisation: a total order that agrees with equality, and a lossless encoding. */
class BsonKeyValueTypeTest {

    private static final List<KeyValue> KEYS = List.of(
            new KeyValue("emp-1:2026-03"), new KeyValue("emp-1:2026-04"), new KeyValue("emp-10"),
            new KeyValue(1.0), new KeyValue(2.5), new KeyValue(-3.0), new KeyValue(9_007_199_254_740_993L),
            new KeyValue(true), new KeyValue(false), new KeyValue((Object) null),
            new KeyValue("emp-1", 1.0), new KeyValue("emp-1", 2.0), new KeyValue("emp-1", (Object) null),
            new KeyValue(Instant.ofEpochMilli(1_767_225_600_000L)), new KeyValue(new Document("a", 1)),
            new KeyValue(new Document("a", 2)), new KeyValue(List.of("x", "y")));

    private final BsonKeyValueType type = BsonKeyValueType.INSTANCE;

    @Test
    void everyPairIsOrderedOneWayAndOnlyEqualKeysCompareEqual() {
        for (KeyValue a : KEYS) {
            for (KeyValue b : KEYS) {
                int ab = Integer.signum(type.compare(a, b));
                assertThat(ab).as("%s vs %s", a, b).isEqualTo(-Integer.signum(type.compare(b, a)));
                assertThat(ab == 0).as("%s vs %s", a, b).isEqualTo(a.equals(b));
            }
        }
    }

    @Test
    void theOrderIsTransitive() {
        List<KeyValue> sorted = new ArrayList<>(KEYS);
        sorted.sort(type::compare);
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                assertThat(type.compare(sorted.get(i), sorted.get(j))).isNegative();
            }
        }
    }

    @Test
    void keysReadBackAsWritten() {
        WriteBuffer buffer = new WriteBuffer();
        KEYS.forEach(key -> type.write(buffer, key));
        ByteBuffer written = buffer.getBuffer();
        written.flip();
        for (KeyValue key : KEYS) {
            assertThat(type.read(written)).isEqualTo(key);
        }
        assertThat(written.hasRemaining()).isFalse();
    }
}
