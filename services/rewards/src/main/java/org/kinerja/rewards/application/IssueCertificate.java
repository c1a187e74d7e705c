package org.kinerja.rewards.application;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.kinerja.contracts.Periods;
import org.kinerja.platform.refusal.Refusal;
import org.kinerja.platform.security.Caller;
import org.kinerja.rewards.application.FollowUpRecords.Reward;
import org.kinerja.rewards.domain.EmployeeProfile;

/** The certificate (piagam penghargaan) of a granted CERTIFICATE reward, in Bahasa Indonesia. */
public class IssueCertificate {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", INDONESIAN);

    private final ApplyFollowUpRules rules;
    private final EmployeeDirectory directory;
    private final CertificateDocument document;
    private final String region;
    private final ZoneId zone;

    public IssueCertificate(ApplyFollowUpRules rules, EmployeeDirectory directory, CertificateDocument document,
            String region, ZoneId zone) {
        this.rules = rules;
        this.directory = directory;
        this.document = document;
        this.region = region;
        this.zone = zone;
    }

    public byte[] certificate(Caller caller, String rewardId) {
        Reward reward = rules.reward(caller, rewardId);
        if (!"CERTIFICATE".equals(reward.kind()) || !Reward.GRANTED.equals(reward.status())) {
            throw Refusal.notFound("certificate-not-found", "Reward " + rewardId + " is a " + reward.kind() + " ("
                    + reward.status() + "): only a granted CERTIFICATE has a certificate.");
        }
        EmployeeProfile employee = directory.find(reward.employeeId()).orElseThrow(() -> Refusal.notFound(
                "unknown-employee", "Employee " + reward.employeeId() + " is not known to rewards (yet)."));
        String place = region.isEmpty() ? region : Character.toUpperCase(region.charAt(0)) + region.substring(1);
        return document.render(new CertificateDocument.Content(reward.rewardId(), employee.name(),
                employee.employeeId(), "Perangkat daerah " + employee.agencyId() + ", unit " + employee.unitId(),
                "atas capaian predikat kinerja Sangat Baik pada periode " + periods(reward.periods())
                        + " secara berturut-turut.", place, LocalDate.ofInstant(reward.decidedAt(), zone).format(DAY),
                "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"));
    }

    /** 2025 dan 2026; Februari 2026, Maret 2026 dan April 2026; triwulan I 2026 dan triwulan II 2026. */
    static String periods(List<String> periods) {
        List<String> named = periods.stream().map(IssueCertificate::named).toList();
        if (named.size() == 1) {
            return named.get(0);
        }
        return String.join(", ", named.subList(0, named.size() - 1)) + " dan " + named.get(named.size() - 1);
    }

    private static String named(String period) {
        if (Periods.isYear(period)) {
            return period;
        }
        if (Periods.isQuarter(period)) {
            return "triwulan " + "I II III IV".split(" ")[period.charAt(6) - '1'] + " " + period.substring(0, 4);
        }
        return Periods.start(period).format(MONTH);
    }
}
