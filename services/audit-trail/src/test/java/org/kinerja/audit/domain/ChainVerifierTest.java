package org.kinerja.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinerja.contracts.AuditCanonical;
import org.kinerja.contracts.events.AuditDigestSigned;
import org.kinerja.contracts.events.AuditEntryRecorded;
import org.kinerja.contracts.events.AuditEntryRecorded.Actor;

/** The chain's rules and its verification: every kind of tampering is found, and found where it happened. */
class ChainVerifierTest {

    private static final Instant T0 = Instant.parse("2026-12-03T01:00:00Z");
    private static final AuditKeys KEYS = AuditKeys.generate("test-1");
    private static final DigestSchedule DAILY = new DigestSchedule(DigestSchedule.DAY, ZoneId.of("Asia/Makassar"));

    private final List<AuditEntryRecorded> trail = new ArrayList<>();
    private final List<AuditDigestSigned> digests = new ArrayList<>();
    private ChainHead head = ChainHead.EMPTY;

    @BeforeEach
    void aTrailOfSixEntriesSignedAfterTheFourth() {
        for (int i = 1; i <= 4; i++) {
            append(i, T0.plusSeconds(i));
        }
        Instant nextDay = T0.plus(Duration.ofDays(1));
        digest(nextDay);
        append(5, nextDay.plusSeconds(5));
        append(6, nextDay.plusSeconds(6));
    }

    @Test
    void anIntactTrailVerifiesAndCountsWhatIsNotSignedYet() {
        ChainVerifier.Verification result = verify(trail, digests);
        assertThat(result.intact()).isTrue();
        assertThat(result.entries()).isEqualTo(6);
        assertThat(result.digests()).isEqualTo(1);
        assertThat(result.unsigned()).isEqualTo(2);
        assertThat(trail.get(0).previousHash()).isEqualTo(AuditCanonical.GENESIS);
        assertThat(trail.get(1).previousHash()).isEqualTo(trail.get(0).hash());
    }

    @Test
    void aChangedEntryIsFoundAtItsSequence() {
        AuditEntryRecorded third = trail.get(2);
        trail.set(2, new AuditEntryRecorded(third.regionId(), third.sequence(), third.kind(), third.subjectType(),
                third.subjectId(), third.employeeId(), third.agencyId(), third.actor(), third.before(),
                Map.of("hasilKerjaRating", "ABOVE"), third.reason(), third.decidedAt(), third.recordedAt(),
                third.eventId(), third.eventType(), third.requestId(), third.previousHash(), third.hash()));
        assertThat(verify(trail, digests).firstBreak()).hasValueSatisfying(b -> {
            assertThat(b.at()).isEqualTo("entry 3");
            assertThat(b.problem()).contains("changed");
        });
    }

    @Test
    void aRemovedEntryIsFoundAsMissing() {
        trail.remove(1);
        assertThat(verify(trail, digests).firstBreak()).hasValueSatisfying(b -> {
            assertThat(b.at()).isEqualTo("entry 3");
            assertThat(b.problem()).isEqualTo("entries 2..2 are missing");
        });
    }

    @Test
    void theLastSignedEntriesRemovedAreFoundByTheDigest() {
        trail.subList(3, 6).clear();
        assertThat(verify(trail, digests).firstBreak()).hasValueSatisfying(b -> {
            assertThat(b.at()).isEqualTo("entry 4");
            assertThat(b.problem()).contains("digest 1 signed entries up to 4 but the trail ends at 3");
        });
    }

    @Test
    void reorderedEntriesAreFound() {
        AuditEntryRecorded second = trail.get(1);
        trail.set(1, trail.get(2));
        trail.set(2, second);
        assertThat(verify(trail, digests).firstBreak()).hasValueSatisfying(b -> {
            assertThat(b.at()).isEqualTo("entry 3");
            assertThat(b.problem()).contains("missing");
        });
        List<AuditEntryRecorded> swappedAtTheEnd = new ArrayList<>(trail.subList(0, 1));
        swappedAtTheEnd.add(second);
        swappedAtTheEnd.addAll(List.of(trail.get(3), trail.get(1)));
        assertThat(verify(swappedAtTheEnd, List.of()).firstBreak()).hasValueSatisfying(b -> {
            assertThat(b.at()).isEqualTo("entry 4");
            assertThat(b.problem()).contains("entries 3..3 are missing");
        });
    }

    /** A forger who rewrites an entry and recomputes every hash after it still disagrees with the signed digest. */
    @Test
    void aTrailRewrittenWithFreshHashesDisagreesWithTheSignedDigest() {
        List<AuditEntryRecorded> rewritten = new ArrayList<>();
        String previous = AuditCanonical.GENESIS;
        for (AuditEntryRecorded entry : trail) {
            Map<String, String> after = entry.sequence() == 2 ? Map.of("status", "APPROVED") : entry.after();
            AuditEntryRecorded changed = new AuditEntryRecorded(entry.regionId(), entry.sequence(), entry.kind(),
                    entry.subjectType(), entry.subjectId(), entry.employeeId(), entry.agencyId(), entry.actor(),
                    entry.before(), after, entry.reason(), entry.decidedAt(), entry.recordedAt(), entry.eventId(),
                    entry.eventType(), entry.requestId(), previous, null);
            changed = changed.withHash(AuditCanonical.entryHash(changed));
            previous = changed.hash();
            rewritten.add(changed);
        }
        assertThat(verify(rewritten, digests).firstBreak()).hasValueSatisfying(b -> {
            assertThat(b.at()).isEqualTo("digest 1");
            assertThat(b.problem()).contains("the trail was rewritten");
        });
    }

    @Test
    void aForgedOrUnknownlySignedDigestIsFound() {
        AuditDigestSigned real = digests.get(0);
        AuditDigestSigned widened = new AuditDigestSigned(real.regionId(), 1, real.periodStart(), real.periodEnd(), 1,
                real.lastSequence(), real.entries(), trail.get(3).hash(), real.previousDigestHash(), real.keyId(),
                real.algorithm(), real.signedAt().plusSeconds(1), real.signature());
        assertThat(verify(trail, List.of(widened)).firstBreak()).hasValueSatisfying(b -> {
            assertThat(b.at()).isEqualTo("digest 1");
            assertThat(b.problem()).contains("signature that does not verify");
        });
        AuditKeys other = AuditKeys.generate("test-1");
        AuditChain.Digested byAnother = AuditChain.digestIfDue(
                new ChainHead(4, trail.get(3).hash(), 0, AuditCanonical.GENESIS, 0, null, T0), "test", DAILY, other,
                T0.plus(Duration.ofDays(1))).orElseThrow();
        assertThat(verify(trail, List.of(byAnother.digest())).firstBreak()).hasValueSatisfying(b ->
                assertThat(b.problem()).contains("signature that does not verify"));
        Map<String, PublicKey> noRing = Map.of("retired-0", KEYS.publicKey());
        assertThat(new ChainVerifier(noRing, digests).result().firstBreak()).hasValueSatisfying(b ->
                assertThat(b.problem()).contains("not in the key ring"));
    }

    @Test
    void aDigestIsDueOnlyAfterThePeriodOfItsFirstEntryEndsAndCoversEveryEntrySince() {
        // entries 5 and 6 were recorded at 09:00 WITA (01:00 UTC) on 4 December; that day in Makassar ends at 16:00 UTC
        assertThat(AuditChain.digestIfDue(head, "test", DAILY, KEYS, Instant.parse("2026-12-04T02:00:00Z")))
                .isEmpty();
        Instant wita = Instant.parse("2026-12-04T16:00:00Z");
        assertThat(AuditChain.digestIfDue(head, "test", DAILY, KEYS, wita.minusMillis(1))).isEmpty();
        AuditChain.Digested second = AuditChain.digestIfDue(head, "test", DAILY, KEYS, wita).orElseThrow();
        assertThat(second.digest().number()).isEqualTo(2);
        assertThat(second.digest().firstSequence()).isEqualTo(5);
        assertThat(second.digest().lastSequence()).isEqualTo(6);
        assertThat(second.digest().previousDigestHash()).isEqualTo(AuditCanonical.digestHash(digests.get(0)));
        assertThat(second.digest().periodStart()).isEqualTo(digests.get(0).periodEnd());
        assertThat(second.digest().periodEnd()).isEqualTo(wita);
        assertThat(AuditChain.digestIfDue(second.head(), "test", DAILY, KEYS, wita.plusSeconds(90_000))).isEmpty();
    }

    private void append(int i, Instant at) {
        Decision decision = new Decision("evaluation.rated", "evaluation-period", "199207252019032001:2026-0" + i,
                "199207252019032001", "dukcapil-mks", new Actor("198503122010011003", List.of("EMPLOYEE"), null),
                Map.of("hasilKerjaRating", "MEETS", "status", "RATED"), null, at, "evt-" + i,
                "kinerja.reporting.evaluation-period.changed.v1", null);
        AuditChain.Appended appended = AuditChain.append(head, "test", decision, Map.of(), at);
        head = appended.head();
        trail.add(appended.entry());
    }

    private void digest(Instant now) {
        AuditChain.Digested digested = AuditChain.digestIfDue(head, "test", DAILY, KEYS, now).orElseThrow();
        head = digested.head();
        digests.add(digested.digest());
    }

    private static ChainVerifier.Verification verify(List<AuditEntryRecorded> entries,
            List<AuditDigestSigned> signed) {
        Map<String, PublicKey> ring = new HashMap<>(Map.of(KEYS.keyId(), KEYS.publicKey()));
        ChainVerifier verifier = new ChainVerifier(ring, signed);
        entries.forEach(verifier::entry);
        return verifier.result();
    }
}
