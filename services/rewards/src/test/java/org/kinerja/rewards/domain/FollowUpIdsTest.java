package org.kinerja.rewards.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FollowUpIdsTest {

    private static final String NIP = "199612122020122001";

    @Test
    void everyIdNamesItsEmployee() {
        assertThat(FollowUpIds.employeeNamedIn(FollowUpIds.reward("CERTIFICATE", NIP, "2026-03"))).contains(NIP);
        assertThat(FollowUpIds.employeeNamedIn(FollowUpIds.reward("PROMOTION_PRIORITY", NIP, "2026")))
                .contains(NIP);
        assertThat(FollowUpIds.employeeNamedIn(FollowUpIds.incentive("dinkes-mks", "2026-03", NIP))).contains(NIP);
        assertThat(FollowUpIds.employeeNamedIn(FollowUpIds.coachingCase(NIP, "2026"))).contains(NIP);
    }

    @Test
    void aUnitIdOfDigitsIsNotTakenForTheEmployee() {
        String unitOfDigits = "123456789012345678";
        assertThat(FollowUpIds.employeeNamedIn(FollowUpIds.incentive(unitOfDigits, "2026-03", NIP))).contains(NIP);
    }

    @Test
    void anIdOfNoKnownFormNamesNobody() {
        assertThat(FollowUpIds.employeeNamedIn("case-that-does-not-exist")).isEmpty();
        assertThat(FollowUpIds.employeeNamedIn("certificate:not-a-nip:2026-03")).isEmpty();
        assertThat(FollowUpIds.employeeNamedIn("a:b:c:d:e")).isEmpty();
    }
}
