package org.kinerja.localstack;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The demo data set, drawn from the seed regions: a Dinas Kependudukan dan Pencatatan Sipil in Makassar, a Dinas
 * Perhubungan in Semarang and a Dinas Kesehatan in Mamuju, each with a supervisor and a staff member whose plan is
 * approved and whose reports move their score. Everything goes through the gateway's public API, and loading twice
 * changes nothing (existing entities are kept, reports carry idempotency keys).
 */
final class DemoData {

    /** One seed agency: who works there and what the staff member plans and reports. */
    record Agency(String regionId, String regionName, String kind, String agencyId, String agencyName, String unitId,
            String unitName, Person head, Person supervisor, Person staff, String agreementTarget,
            List<Indicator> indicators) {

        /** The demo's kepala daerah of the region (fictional, as every person of the demo). */
        String kepalaDaerahName() {
            return switch (regionId) {
                case "makassar" -> "Andi Baso Pangerang";
                case "semarang" -> "Sri Wahyuningsih";
                default -> "Muhammad Arsyad";
            };
        }
    }

    record Person(String nip, String name, String position) {
    }

    record Indicator(String description, String aspect, int target, String unit, String polarity,
            String aggregation, List<Integer> reports) {
    }

    static final List<Agency> AGENCIES = List.of(
            new Agency("makassar", "Pemerintah Kota Makassar", "KOTA", "dukcapil-mks",
                    "Dinas Kependudukan dan Pencatatan Sipil Kota Makassar", "dukcapil-mks-pelayanan",
                    "Bidang Pelayanan Pendaftaran Penduduk",
                    new Person("197505152000031001", "Muhammad Yusuf", "JPT"),
                    new Person("198503122010011003", "Andi Rahman", "ADMINISTRATOR"),
                    new Person("199207252019032001", "Siti Nurhaliza", "PELAKSANA"),
                    "Persentase penduduk wajib KTP yang memiliki KTP-el",
                    List.of(new Indicator("Jumlah dokumen KTP-el yang diterbitkan", "KUANTITAS", 1200, "dokumen",
                                    "HIGHER_IS_BETTER", "SUM", List.of(120, 135, 150, 160, 170, 180, 175)),
                            new Indicator("Waktu penyelesaian layanan dokumen", "WAKTU", 3, "hari", "LOWER_IS_BETTER",
                                    "LATEST", List.of(5, 4, 3, 3, 2, 2, 2)))),
            new Agency("semarang", "Pemerintah Kota Semarang", "KOTA", "dishub-smg",
                    "Dinas Perhubungan Kota Semarang", "dishub-smg-lalin", "Bidang Lalu Lintas",
                    new Person("197009091995031002", "Hendro Santoso", "JPT"),
                    new Person("197811052005011002", "Bambang Wijaya", "ADMINISTRATOR"),
                    new Person("199501172020121003", "Dimas Prasetyo", "PELAKSANA"),
                    "Persentase insiden lalu lintas yang ditangani kurang dari 30 menit",
                    List.of(new Indicator("Jumlah laporan insiden lalu lintas yang ditangani", "KUANTITAS", 240,
                                    "laporan", "HIGHER_IS_BETTER", "SUM", List.of(20, 25, 30, 28, 35, 40, 45)),
                            new Indicator("Waktu tanggap insiden", "WAKTU", 30, "menit", "LOWER_IS_BETTER", "AVERAGE",
                                    List.of(45, 40, 35, 30, 28, 25, 25)))),
            new Agency("mamuju", "Pemerintah Kabupaten Mamuju", "KABUPATEN", "dinkes-mmj",
                    "Dinas Kesehatan Kabupaten Mamuju", "dinkes-mmj-p2p", "Bidang Pencegahan dan Pengendalian Penyakit",
                    new Person("197203031998032003", "Hasnah Basri", "JPT"),
                    new Person("198002142006042004", "Nurul Hidayah", "ADMINISTRATOR"),
                    new Person("199309302019022005", "Ayu Lestari", "PELAKSANA"),
                    "Cakupan imunisasi dasar lengkap",
                    List.of(new Indicator("Jumlah balita yang mendapat imunisasi dasar lengkap", "KUANTITAS", 600,
                                    "anak", "HIGHER_IS_BETTER", "SUM", List.of(70, 80, 90, 95, 100, 105, 115)),
                            new Indicator("Tingkat kepuasan masyarakat terhadap layanan imunisasi", "KUALITAS", 90,
                                    "%", "HIGHER_IS_BETTER", "LATEST", List.of(82, 85, 88, 90, 92, 94, 95)))));

    /** A person the console's dev sign-in page offers: who they are in the demo, and their token's claims. */
    record ConsoleUser(String subject, String name, List<String> roles, String agency, String description) {
    }

    /** The region "local": all three seed regions in one deployment, for the tests only (a leader would see all). */
    static final String ALL_REGIONS = "local";

    /** The seed regions command one can start: one regional government per deployment, as in production. */
    static final List<String> REGIONS = AGENCIES.stream().map(Agency::regionId).toList();

    /** The seed region named, or a refusal saying which there are. */
    static String seedRegion(String region) {
        if (!REGIONS.contains(region)) {
            throw new IllegalArgumentException("unknown region " + region + ": one of " + String.join(", ", REGIONS));
        }
        return region;
    }

    /** A deployment's seed agencies: its region's, or all of them for {@link #ALL_REGIONS}. */
    static List<Agency> agenciesOf(String region) {
        if (ALL_REGIONS.equals(region)) {
            return AGENCIES;
        }
        String seed = seedRegion(region);
        return AGENCIES.stream().filter(a -> a.regionId().equals(seed)).toList();
    }

    /** Everyone the region's demo has, with their role in it, and the region's administrator. */
    static List<ConsoleUser> consoleUsers(String region) {
        List<ConsoleUser> users = new ArrayList<>();
        for (Agency a : agenciesOf(region)) {
            users.add(new ConsoleUser(a.staff().nip(), a.staff().name(), List.of("EMPLOYEE"), a.agencyId(),
                    "Pelaksana, " + a.unitName() + ", " + a.regionName()));
            users.add(new ConsoleUser(a.supervisor().nip(), a.supervisor().name(), List.of("EMPLOYEE"), a.agencyId(),
                    "Kepala " + a.unitName() + " (penilai), " + a.regionName()));
            users.add(new ConsoleUser(a.head().nip(), a.head().name(), List.of("EMPLOYEE"), a.agencyId(),
                    "Kepala " + a.agencyName()));
        }
        users.add(new ConsoleUser("bkpsdm-admin", "Administrator BKPSDM", List.of("ADMIN"), null,
                "Administrator daerah (BKPSDM)"));
        users.add(new ConsoleUser("inspektorat", "Auditor Inspektorat", List.of("INSPEKTORAT"), null,
                "Inspektorat daerah: membaca dan memverifikasi jejak audit"));
        return users;
    }

    /** The TAMBAHAN indicator's yearly target: sosialisasi sessions, reported daily in August. */
    static final int DAILY_TARGET = 24;

    /** The seven BerAKHLAK values the penilai scores each month (they make the TPP's behaviour part). */
    private static final List<String> BERAKHLAK = List.of("BERORIENTASI_PELAYANAN", "AKUNTABEL", "KOMPETEN",
            "HARMONIS", "LOYAL", "ADAPTIF", "KOLABORATIF");

    private final GatewayClient gateway;
    private final PrintStream out;
    private final List<Agency> agencies;
    private final int year = demoYear(LocalDate.now());

    /** The demo of a deployment's region ({@link #agenciesOf}). */
    DemoData(String gatewayUrl, PrintStream out, String region) {
        this.gateway = new GatewayClient(gatewayUrl);
        this.out = out;
        this.agencies = agenciesOf(region);
    }

    /**
     * The demo reports the 15th of January to July and rates the year: this year once its annual rating window has
     * opened (December, the default window), else last year, a year that can be evaluated whole.
     */
    static int demoYear(LocalDate today) {
        return today.isBefore(LocalDate.of(today.getYear(), 12, 1)) ? today.getYear() - 1 : today.getYear();
    }

    void load() {
        String admin = gateway.token("bkpsdm-admin", List.of("ADMIN"), null);
        for (Agency agency : agencies) {
            out.printf("%n== %s: %s ==%n", agency.regionName(), agency.agencyName());
            registerOrganisation(admin, agency);
            cascade(admin, agency);
            String planId = approvedPlan(agency);
            report(agency, planId);
            evaluate(admin, agency);
        }
    }

    private void registerOrganisation(String admin, Agency a) {
        created(gateway.post("/api/registry/regional-governments", admin, Map.of("regionId", a.regionId(),
                "name", a.regionName(), "kind", a.kind()), null));
        created(gateway.post("/api/registry/units", admin, Map.of("unitId", a.agencyId(), "regionId", a.regionId(),
                "name", a.agencyName(), "unitType", "OPD"), null));
        String operator = gateway.token("operator-" + a.agencyId(), List.of("AGENCY_ADMIN"), a.agencyId());
        created(gateway.post("/api/registry/units", operator, Map.of("unitId", a.unitId(), "regionId", a.regionId(),
                "parentUnitId", a.agencyId(), "name", a.unitName(), "unitType", "BIDANG"), null));
        created(gateway.post("/api/registry/employees", operator, Map.of("nip", a.head().nip(), "name",
                a.head().name(), "unitId", a.agencyId(), "asnType", "PNS", "positionType", "JPT", "headOfUnit", true,
                "effectiveFrom", year + "-01-02"), null));
        for (Person p : List.of(a.supervisor(), a.staff())) {
            created(gateway.post("/api/registry/employees", operator, Map.of("nip", p.nip(), "name", p.name(),
                    "unitId", a.unitId(), "asnType", "PNS", "positionType", p.position(),
                    "headOfUnit", p == a.supervisor(), "effectiveFrom", year + "-01-02"), null));
        }
        out.printf("  registered %s (head of agency), %s with %s (penilai) and %s%n", a.head().name(), a.unitName(),
                a.supervisor().name(), a.staff().name());
        leadership(admin, a);
    }

    /**
     * The region's leadership, so that the head of the agency has a penilai: the kepala daerah (the demo has no
     * Sekretariat Daerah, so no Sekda: the kepala daerah rates the OPD heads, the administrator recording it).
     */
    private void leadership(String admin, Agency a) {
        String path = "/api/registry/regional-governments/" + a.regionId() + "/leadership";
        if (gateway.get(path, admin).ok()) {
            return;
        }
        boolean kota = "KOTA".equals(a.kind());
        require(gateway.put(path, admin, Map.of("kepalaDaerahId", kepalaDaerah(a), "kepalaDaerahName",
                a.kepalaDaerahName(), "kepalaDaerahTitle", kota ? "WALIKOTA" : "BUPATI",
                "effectiveFrom", year + "-01-02")));
        await("/api/registry/employees/" + a.head().nip(), admin,
                answer -> kepalaDaerah(a).equals(answer.body().path("penilaiId").asString()),
                "the head of " + a.agencyId() + " did not get the kepala daerah as penilai");
        out.printf("  leadership of %s: %s %s (%s) rates %s%n", a.regionId(), kota ? "Walikota" : "Bupati",
                a.kepalaDaerahName(), kepalaDaerah(a), a.head().name());
    }

    private static String kepalaDaerah(Agency a) {
        return "kdh-" + a.regionId();
    }

    /**
     * The cascade above the staff member: the agency's performance agreement, the head's SKP from it (approved for
     * the regional leadership by the administrator), the supervisor's SKP from the head's (approved by the head).
     */
    private void cascade(String admin, Agency a) {
        String operator = gateway.token("operator-" + a.agencyId(), List.of("AGENCY_ADMIN"), a.agencyId());
        require(gateway.put("/api/planning/agencies/" + a.agencyId() + "/agreements/" + year, operator, Map.of(
                "targets", List.of(Map.of("targetId", "pk-" + year + "-1", "description", a.agreementTarget(),
                        "indicator", a.agreementTarget(), "target", 95, "unit", "%")))));
        approvedCascadedPlan(a.head(), a, "pk-" + year + "-1", admin);
        String headRhk = "skp-" + year + "-" + a.head().nip() + "-rhk-1";
        approvedCascadedPlan(a.supervisor(), a, headRhk, gateway.token(a.head().nip(), List.of("EMPLOYEE"),
                a.agencyId()));
        out.printf("  performance agreement %s; SKP of %s and %s cascade from it%n", year, a.head().name(),
                a.supervisor().name());
    }

    private void approvedCascadedPlan(Person person, Agency a, String parent, String approver) {
        String token = gateway.token(person.nip(), List.of("EMPLOYEE"), a.agencyId());
        Map<String, Object> plan = Map.of("employeeId", person.nip(), "year", year, "approach", "KUANTITATIF",
                "rhk", List.of(Map.of("kind", "UTAMA", "parentRhkId", parent, "description", a.agreementTarget(),
                        "indicators", List.of(Map.of("description", a.agreementTarget(), "aspect", "KUANTITAS",
                                "target", 95, "unit", "%", "polarity", "HIGHER_IS_BETTER", "aggregation",
                                "LATEST")))));
        String planId = "skp-" + year + "-" + person.nip();
        retry(() -> gateway.post("/api/planning/plans", token, plan, null));
        if ("DRAFT".equals(gateway.get("/api/planning/plans/" + planId, token).body().path("status").asString())) {
            require(retry(() -> gateway.post("/api/planning/plans/" + planId + "/submit", token, Map.of(), null)));
        }
        if ("SUBMITTED".equals(gateway.get("/api/planning/plans/" + planId, token).body().path("status")
                .asString())) {
            require(retry(() -> gateway.post("/api/planning/plans/" + planId + "/approve", approver, Map.of(),
                    null)));
        }
        // The agreement's target as the head and the supervisor report it in July: their year is scored on evidence,
        // so a unit is flagged for its results, not for heads without any report.
        Map<String, Object> report = Map.of("employeeId", person.nip(), "agencyId", a.agencyId(), "indicatorId",
                planId + "-rhk-1-iki-1", "activityDate", year + "-07-15", "quantity", 96, "description",
                a.agreementTarget() + " (semester I)");
        require(retry(() -> gateway.post("/api/reporting/activities", token, report, "demo-target-" + person.nip())));
    }

    /** The year's evaluation: feedback, self-assessment, the penilai's ratings, the unit's predicate, a survey. */
    private void evaluate(String admin, Agency a) {
        String staff = gateway.token(a.staff().nip(), List.of("EMPLOYEE"), a.agencyId());
        String penilai = gateway.token(a.supervisor().nip(), List.of("EMPLOYEE"), a.agencyId());
        String periods = "/api/reporting/employees/" + a.staff().nip() + "/periods/" + year;
        String status = gateway.get(periods, staff).body().path("status").asString();
        if ("OPEN".equals(status)) {
            gateway.post("/api/reporting/employees/" + a.staff().nip() + "/feedback", penilai, Map.of("period",
                    year + "-06", "kind", "SUPERVISOR", "behaviour", "BERORIENTASI_PELAYANAN", "text",
                    "Pelayanan kepada warga ramah dan cepat; pertahankan."), null);
            monthlyEvaluations(a, staff, penilai);
            require(gateway.post(periods + "/self-assessment", staff, Map.of("text",
                    "Target utama hampir tercapai; waktu layanan turun setiap bulan."), null));
            require(gateway.post(periods + "/rating", penilai, Map.of("hasilKerja", "MEETS", "perilakuKerja",
                    "ABOVE"), null));
            require(gateway.post(periods + "/finalise", penilai, Map.of(), null));
            if ("mamuju".equals(a.regionId())) {
                upheldObjection(a, staff, penilai, periods);
            }
            for (int i = 0; i < BERAKHLAK.size(); i++) {
                require(gateway.post("/api/reporting/employees/" + a.staff().nip() + "/feedback", penilai, Map.of(
                        "period", year + "-06", "kind", "SUPERVISOR", "behaviour", BERAKHLAK.get(i), "score", 78 + i * 2,
                        "text", "Nilai " + BERAKHLAK.get(i) + " bulan Juni."), null));
            }
        }
        String head = gateway.token(a.head().nip(), List.of("EMPLOYEE"), a.agencyId());
        // Mamuju's bidang had an outstanding year (ISTIMEWA): its staff member's SANGAT_BAIK fits the pattern (at
        // most 70 % SANGAT_BAIK) beside the head's BAIK, so the certificate it earns is granted
        boolean outstanding = "mamuju".equals(a.regionId());
        String unitPredicate = outstanding ? "ISTIMEWA" : "BAIK";
        require(retry(() -> gateway.put("/api/planning/units/" + a.unitId() + "/predicates/" + year, head,
                Map.of("predicate", unitPredicate))));
        require(retry(() -> gateway.put("/api/planning/units/" + a.agencyId() + "/predicates/" + year, admin,
                Map.of("predicate", "BAIK"))));
        rateYear(a.supervisor(), a, head, "MEETS", outstanding ? "MEETS" : "ABOVE");
        rateYear(a.head(), a, admin, "MEETS", "MEETS");
        String system = gateway.token("system-" + a.agencyId(), List.of("AGENCY_SYSTEM"), a.agencyId());
        require(gateway.post("/api/reporting/agencies/" + a.agencyId() + "/public-satisfaction", system, Map.of(
                "unitId", a.unitId(), "period", year + "-06", "respondents", 250, "score", 84.5), null));
        out.printf("  evaluation %s of %s: %s (Hasil Kerja MEETS, Perilaku Kerja ABOVE); unit predicate %s%n", year,
                a.staff().name(), gateway.get(periods, staff).body().path("status").asString(), unitPredicate);
        GatewayClient.Answer tpp = awaitTpp(staff, a.staff().nip(), year + "-06");
        var result = tpp.body().path("result");
        out.printf("  TPP %s-06 of %s: Rp %s = SKP %s + perilaku %s + disiplin %s (policy v%s)%n", year,
                a.staff().name(), result.path("total").asString(), result.path("skpAmount").asString(),
                result.path("behaviourAmount").asString(), result.path("disciplineAmount").asString(),
                tpp.body().path("policyVersion").asString());
        if (outstanding) {
            certificate(a, staff);
        }
    }

    /**
     * May and June rated as the month closes (the region evaluates monthly), June's realisasi reported with its
     * evidence: the year's score then proposes June's ratings as the annual evaluation.
     */
    private void monthlyEvaluations(Agency a, String staff, String penilai) {
        for (String month : List.of(year + "-05", year + "-06")) {
            String path = "/api/reporting/employees/" + a.staff().nip() + "/periods/" + month;
            require(retry(() -> gateway.post(path + "/self-assessment", staff, Map.of("text",
                    "Laporan harian " + month + " lengkap."), null)));
            require(gateway.post(path + "/rating", penilai, Map.of("hasilKerja", "MEETS", "perilakuKerja",
                    "ABOVE"), null));
            require(gateway.post(path + "/finalise", penilai, Map.of(), null));
        }
        String planId = "skp-" + year + "-" + a.staff().nip();
        require(retry(() -> gateway.post("/api/reporting/realisations", staff, Map.of("employeeId",
                a.staff().nip(), "agencyId", a.agencyId(), "indicatorId", planId + "-rhk-1-iki-1", "period",
                year + "-06", "realisation", a.indicators().get(0).reports().get(5), "evidenceUrl",
                "https://arsip." + a.regionId() + ".go.id/" + a.agencyId() + "/realisasi-" + year + "-06.pdf"),
                null)));
        GatewayClient.Answer proposal = await("/api/scoring/employees/" + a.staff().nip() + "/scores/" + year, staff,
                answer -> (year + "-06").equals(answer.body().path("annualProposal").path("basedOn").path(0)
                        .asString()), "the year's proposal did not follow June's evaluation");
        out.printf("  monthly evaluations %d-05 and %d-06 of %s; the year is proposed as %s (from %s)%n", year, year,
                a.staff().name(), proposal.body().path("annualProposal").path("predicate").asString(),
                proposal.body().path("annualProposal").path("basedOn").path(0).asString());
    }

    /**
     * The staff member objects to the year's evaluation; the penilai answers; the atasan penilai (the head) upholds
     * it, which reopens the evaluation: the penilai rates again. The SANGAT_BAIK it gives earns a certificate that is
     * WITHHELD until its evidence holds (the capaian, the unit's distribution pattern), and says so.
     */
    private void upheldObjection(Agency a, String staff, String penilai, String periods) {
        String head = gateway.token(a.head().nip(), List.of("EMPLOYEE"), a.agencyId());
        require(gateway.post(periods + "/objection", staff, Map.of("reason",
                "Cakupan imunisasi semester I melampaui target; perilaku pelayanan belum dinilai utuh."), null));
        require(gateway.post(periods + "/objection/answer", penilai, Map.of("answer",
                "Penilaian perilaku memakai umpan balik Juni saja."), null));
        require(gateway.post(periods + "/objection/decision", head, Map.of("decision", "UPHELD", "note",
                "Perilaku dinilai ulang dengan umpan balik seluruh semester."), null));
        require(gateway.post(periods + "/rating", penilai, Map.of("hasilKerja", "ABOVE", "perilakuKerja",
                "ABOVE"), null));
        require(gateway.post(periods + "/finalise", penilai, Map.of(), null));
        out.printf("  objection of %s upheld by %s: the year rated again (Hasil Kerja ABOVE, Perilaku ABOVE)%n",
                a.staff().name(), a.head().name());
    }

    /**
     * The year's evaluation of a head: self-assessment, the penilai's ratings (for the OPD head, the kepala daerah's,
     * recorded by the administrator), finalised. Their Hasil Kerja in force is the one their unit's predicate gives.
     */
    private void rateYear(Person person, Agency a, String penilai, String hasilKerja, String perilakuKerja) {
        String self = gateway.token(person.nip(), List.of("EMPLOYEE"), a.agencyId());
        String path = "/api/reporting/employees/" + person.nip() + "/periods/" + year;
        if (!"OPEN".equals(gateway.get(path, self).body().path("status").asString())) {
            return;
        }
        require(retry(() -> gateway.post(path + "/self-assessment", self, Map.of("text",
                "Target perjanjian kinerja " + year + " tercapai."), null)));
        require(gateway.post(path + "/rating", penilai, Map.of("hasilKerja", hasilKerja, "perilakuKerja",
                perilakuKerja), null));
        require(gateway.post(path + "/finalise", penilai, Map.of(), null));
        GatewayClient.Answer score = await("/api/scoring/employees/" + person.nip() + "/scores/" + year, self,
                answer -> !answer.body().path("predicate").isNull(), "the year of " + person.name()
                        + " got no predicate");
        out.printf("  evaluation %s of %s: predicate %s%n", year, person.name(),
                score.body().path("predicate").asString());
    }

    /** The certificate (piagam) of a SANGAT_BAIK year, once rewards has weighed its evidence. */
    private void certificate(Agency a, String staff) {
        String rewardId = "certificate:" + a.staff().nip() + ":" + year;
        GatewayClient.Answer reward = await("/api/rewards/rewards/" + rewardId, staff,
                answer -> answer.ok() && "GRANTED".equals(answer.body().path("status").asString()),
                "the certificate " + rewardId + " of " + a.staff().name() + " was not granted");
        out.printf("  certificate %s of %s: %s (%s)%n", rewardId, a.staff().name(),
                reward.body().path("status").asString(), reward.body().path("reason").asString());
    }

    /** The month's TPP once rewards has the score, the seven BerAKHLAK scores and the employee's position. */
    private GatewayClient.Answer awaitTpp(String token, String nip, String month) {
        return await("/api/rewards/employees/" + nip + "/tpp/" + month, token,
                answer -> !answer.body().path("result").isNull()
                        && answer.body().path("behaviour").size() == BERAKHLAK.size(),
                "the TPP of " + month + " was not computed");
    }

    private String approvedPlan(Agency a) {
        String staff = gateway.token(a.staff().nip(), List.of("EMPLOYEE"), a.agencyId());
        String supervisor = gateway.token(a.supervisor().nip(), List.of("EMPLOYEE"), a.agencyId());
        List<Map<String, Object>> indicators = a.indicators().stream().map(i -> Map.<String, Object>of(
                "description", i.description(), "aspect", i.aspect(), "target", i.target(), "unit", i.unit(),
                "polarity", i.polarity(), "aggregation", i.aggregation())).toList();
        Map<String, Object> plan = Map.of("employeeId", a.staff().nip(), "year", year, "approach", "KUANTITATIF",
                "rhk", List.of(Map.of("kind", "UTAMA", "parentRhkId", "skp-" + year + "-" + a.supervisor().nip()
                        + "-rhk-1", "description", "Meningkatnya kualitas layanan " + a.agencyName(),
                        "indicators", indicators),
                        Map.of("kind", "TAMBAHAN", "description", "Terlaksananya sosialisasi layanan kepada "
                                + "masyarakat", "indicators", List.of(Map.of("description",
                                        "Jumlah kegiatan sosialisasi layanan", "aspect", "KUANTITAS", "target",
                                        DAILY_TARGET, "unit", "kegiatan", "polarity", "HIGHER_IS_BETTER",
                                        "aggregation", "SUM", "periodTargets", List.of(Map.of("period",
                                                year + "-08", "target", DAILY_TARGET)))))));
        GatewayClient.Answer created = retry(() -> gateway.post("/api/planning/plans", staff, plan, null));
        String planId = created.ok() ? created.body().path("planId").asString() : "skp-" + year + "-"
                + a.staff().nip();
        String status = gateway.get("/api/planning/plans/" + planId, staff).body().path("status").asString();
        if (status.equals("DRAFT")) {
            gateway.post("/api/planning/plans/" + planId + "/submit", staff, Map.of(), null);
            status = "SUBMITTED";
        }
        if (status.equals("SUBMITTED")) {
            GatewayClient.Answer approved = gateway.post("/api/planning/plans/" + planId + "/approve", supervisor,
                    Map.of(), null);
            require(approved);
        }
        out.printf("  SKP %s approved by %s%s%n", planId, a.supervisor().name(), created.ok() ? ""
                : " (kept from an earlier run: its reports are counted once, so the scores below stay put)");
        return planId;
    }

    private void report(Agency a, String planId) {
        String staff = gateway.token(a.staff().nip(), List.of("EMPLOYEE"), a.agencyId());
        int months = a.indicators().get(0).reports().size();
        for (int month = 0; month < months; month++) {
            LocalDate date = LocalDate.of(year, 1 + month, 15);
            StringBuilder reported = new StringBuilder();
            for (int i = 0; i < a.indicators().size(); i++) {
                Indicator indicator = a.indicators().get(i);
                int quantity = indicator.reports().get(month);
                Map<String, Object> report = Map.of("employeeId", a.staff().nip(), "agencyId", a.agencyId(),
                        "indicatorId", planId + "-rhk-1-iki-" + (i + 1), "activityDate", date.toString(),
                        "quantity", quantity, "description", indicator.description() + " (" + date + ")");
                String idempotencyKey = "demo-" + date + "-" + (i + 1);
                require(retry(() -> gateway.post("/api/reporting/activities", staff, report, idempotencyKey)));
                reported.append(reported.isEmpty() ? "" : ", ").append(quantity).append(' ').append(indicator.unit());
            }
            GatewayClient.Answer score = awaitScore(staff, a.staff().nip(), (month + 1) * a.indicators().size());
            out.printf("  %s reported %-22s -> average capaian %6s %%, proposed Hasil Kerja rating %s%n", date,
                    reported, score.body().path("averageCapaian").asString(),
                    score.body().path("proposedHasilKerjaRating").asString());
        }
        dailyReports(a, planId, staff, months * a.indicators().size());
    }

    /** A month of daily activity (progress harian) with time spans, sent in one bulk call. */
    private void dailyReports(Agency a, String planId, String staff, int reportsBefore) {
        List<Map<String, Object>> items = new java.util.ArrayList<>();
        for (LocalDate day = LocalDate.of(year, 8, 1); day.getMonthValue() == 8; day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() >= 6) {
                continue;
            }
            items.add(Map.of("idempotencyKey", "demo-daily-" + day, "report", Map.of("employeeId",
                    a.staff().nip(), "agencyId", a.agencyId(), "indicatorId", planId + "-rhk-2-iki-1",
                    "activityDate", day.toString(), "startTime", "13:00", "endTime", "15:00", "quantity", 1,
                    "description", "Sosialisasi layanan kepada warga (" + day + ")")));
        }
        GatewayClient.Answer result = retry(() -> gateway.post("/api/reporting/activities/batch", staff,
                Map.of("reports", items), null));
        require(result);
        GatewayClient.Answer score = awaitScore(staff, a.staff().nip(), reportsBefore + items.size());
        out.printf("  %d-08 %d daily reports in one bulk call -> average capaian %6s %%, proposed Hasil Kerja "
                + "rating %s%n", year, items.size(), score.body().path("averageCapaian").asString(),
                score.body().path("proposedHasilKerjaRating").asString());
    }

    /** Waits until the score reflects at least the given number of reports (scoring is asynchronous). */
    private GatewayClient.Answer awaitScore(String token, String nip, int reports) {
        return await("/api/scoring/employees/" + nip + "/scores/" + year, token,
                answer -> reportCount(answer) >= reports, "the score did not reflect " + reports + " reports");
    }

    /** Reads until the read side shows what the demo just did (it is eventually consistent), at most 30 s. */
    private GatewayClient.Answer await(String path, String token, Predicate<GatewayClient.Answer> done,
            String failure) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        GatewayClient.Answer answer;
        do {
            answer = gateway.get(path, token);
            if (answer.ok() && done.test(answer)) {
                return answer;
            }
            sleep();
        } while (System.nanoTime() < deadline);
        throw new IllegalStateException(failure + " within 30 s: " + answer.status() + " " + answer.body());
    }

    private static int reportCount(GatewayClient.Answer score) {
        int count = 0;
        for (var indicator : score.body().path("indicators")) {
            count += indicator.path("reportCount").asInt();
        }
        return count;
    }

    /** Retries while the read side has not caught up with an event (422 until the projection has it). */
    private static GatewayClient.Answer retry(Supplier<GatewayClient.Answer> call) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        GatewayClient.Answer answer = call.get();
        while ((answer.status() == 422 || answer.status() == 503) && System.nanoTime() < deadline) {
            sleep();
            answer = call.get();
        }
        return answer;
    }

    private static void created(GatewayClient.Answer answer) {
        if (!answer.ok() && answer.status() != 409) {
            throw new IllegalStateException("demo step refused: " + answer.status() + " " + answer.body());
        }
    }

    private static void require(GatewayClient.Answer answer) {
        if (!answer.ok()) {
            throw new IllegalStateException("demo step refused: " + answer.status() + " " + answer.body());
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
