package org.kinerja.rewards.adapter.in.schedule;

import org.kinerja.rewards.application.TppLedger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Makes last month's provisional TPP results final once it is over: every day shortly after the region's midnight,
 * and at start (a deployment down at midnight catches up). Nothing else would: a month with no input after its end
 * would keep the figure computed while it was in progress, without its last days' deductions.
 */
@Component
class MonthEndTpp {

    private static final Logger LOG = LoggerFactory.getLogger(MonthEndTpp.class);

    private final TppLedger ledger;

    MonthEndTpp(TppLedger ledger) {
        this.ledger = ledger;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(cron = "${kinerja.rewards.month-end-cron:0 15 0 * * *}",
            zone = "${kinerja.time-zone:${KINERJA_TIME_ZONE:Asia/Makassar}}")
    void finalise() {
        int finalised = ledger.finaliseEndedMonths();
        if (finalised > 0) {
            LOG.info("TPP of last month made final for {} employees", finalised);
        }
    }
}
