package org.kinerja.console.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.kinerja.console.application.Document.Field;
import org.kinerja.console.application.Document.Fields;
import org.kinerja.console.application.Document.Heading;
import org.kinerja.console.application.Document.Paragraph;
import org.kinerja.console.application.Document.Signatures;
import org.kinerja.console.application.Document.Table;
import org.kinerja.console.application.DocumentFacts.Person;
import org.kinerja.console.application.Views.Employee;
import org.kinerja.console.application.Views.Period;
import org.kinerja.console.application.Views.Plan;
import org.kinerja.console.application.Views.Reward;
import org.kinerja.console.application.Views.Rhk;
import org.kinerja.console.application.Views.Score;
import org.kinerja.console.application.Views.UnitScore;

/**
 * The printable documents, in Bahasa Indonesia, each read with the user's token (so whoever may read the SKP, the
 * evaluation or the reward may print it, and no one else): the SKP in the layout of PermenPANRB 6/2022 (the two
 * parties, Hasil Kerja with the leader's RHK each one supports, Perilaku Kerja, signatures, and its lampiran with the
 * rencana aksi), the evaluation form of a period, and the piagam of a granted certificate.
 */
public final class Documents {

    /** The BerAKHLAK core values and their guidance (SE MenPANRB 20/2021), Perilaku Kerja of every SKP. */
    private static final List<List<String>> BERAKHLAK = List.of(
            List.of("Berorientasi Pelayanan", "Memahami dan memenuhi kebutuhan masyarakat; ramah, cekatan, solutif "
                    + "dan dapat diandalkan; melakukan perbaikan tiada henti"),
            List.of("Akuntabel", "Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin dan "
                    + "berintegritas tinggi; menggunakan barang milik negara secara bertanggung jawab, efektif dan "
                    + "efisien; tidak menyalahgunakan kewenangan jabatan"),
            List.of("Kompeten", "Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah; membantu "
                    + "orang lain belajar; melaksanakan tugas dengan kualitas terbaik"),
            List.of("Harmonis", "Menghargai setiap orang apa pun latar belakangnya; suka menolong orang lain; "
                    + "membangun lingkungan kerja yang kondusif"),
            List.of("Loyal", "Memegang teguh ideologi Pancasila dan UUD 1945, setia kepada NKRI serta pemerintahan yang "
                    + "sah; menjaga nama baik sesama ASN, pimpinan, instansi dan negara; menjaga rahasia jabatan"),
            List.of("Adaptif", "Cepat menyesuaikan diri menghadapi perubahan; terus berinovasi dan mengembangkan "
                    + "kreativitas; bertindak proaktif"),
            List.of("Kolaboratif", "Memberi kesempatan kepada berbagai pihak untuk berkontribusi; terbuka dalam bekerja "
                    + "sama untuk menghasilkan nilai tambah; menggerakkan pemanfaatan berbagai sumber daya"));

    private final Platform platform;
    private final DocumentFacts facts;
    private final SkpWriting skpWriting;
    private final ReasonWords reasons;
    private final Clock clock;
    private final ZoneId zone;

    public Documents(Platform platform, SkpWriting skpWriting, Function<String, String> words, ReasonWords reasons,
            Clock clock, ZoneId zone) {
        this.platform = platform;
        this.skpWriting = skpWriting;
        this.facts = new DocumentFacts(platform, words);
        this.reasons = reasons;
        this.clock = clock;
        this.zone = zone;
    }

    public Document skp(SignedInUser user, String nip, int year) {
        Employee employee = facts.employee(user, nip);
        Plan plan = PlatformReads.plan(platform, user, nip, year).orElseThrow(() -> new PlatformRefusal(404,
                "plan-not-found", null, "No SKP of " + nip + " for " + year, List.of()));
        Person self = facts.person(user, employee);
        Optional<Person> penilai = facts.overseer(user, employee.penilaiId(), employee.regionId());
        Map<String, String> parents = skpWriting.sourceNames(user, employee, year);
        List<Document.Block> blocks = new ArrayList<>();
        blocks.add(new Heading("SASARAN KINERJA PEGAWAI", 1));
        blocks.add(new Heading("PENDEKATAN HASIL KERJA " + plan.approach(), 1));
        blocks.add(new Paragraph(facts.regionName(user, employee.regionId()) + ". Periode penilaian: 1 Januari "
                + "sampai dengan 31 Desember " + year + ". Status: " + facts.word("skp.status." + plan.status())
                + "."));
        blocks.add(new Fields("Pegawai yang dinilai", self.fields()));
        blocks.add(new Fields("Pejabat penilai kinerja", penilai.map(Person::fields)
                .orElse(List.of(new Field("Nama", "-")))));
        blocks.add(new Heading("Hasil kerja", 2));
        for (String kind : List.of("UTAMA", "TAMBAHAN")) {
            List<Rhk> rhk = plan.rhk().stream().filter(r -> kind.equals(r.kind())).toList();
            blocks.add(new Paragraph(("UTAMA".equals(kind) ? "A. " : "B. ") + facts.word("rhk.kind." + kind)));
            blocks.add(rhk.isEmpty() ? new Paragraph("-") : hasilKerja(rhk, parents));
        }
        blocks.add(new Heading("Perilaku kerja", 2));
        blocks.add(new Table(List.of("No", "Perilaku kerja", "Panduan perilaku", "Ekspektasi khusus pimpinan"),
                numbered(BERAKHLAK.stream().map(v -> List.of(v.get(0), v.get(1), "-")).toList()),
                List.of(1, 4, 9, 4)));
        blocks.add(signatures(user, employee, List.of(self.signs("Pegawai yang dinilai"),
                penilai.map(p -> p.signs("Pejabat penilai kinerja"))
                        .orElse(new Document.Signatory("Pejabat penilai kinerja", "-", null)))));
        blocks.add(new Document.PageBreak());
        blocks.addAll(lampiran(plan, self, year));
        return new Document("SKP " + year + " " + employee.name(), "skp-" + year + "-" + nip + ".pdf", false, blocks);
    }

    public Document evaluation(SignedInUser user, String nip, String period) {
        Employee employee = facts.employee(user, nip);
        Period evaluation = PlatformReads.period(platform, user, nip, period);
        Optional<Score> score = platform.find(user, "/api/scoring/employees/" + nip + "/scores/" + period,
                Score.class);
        Optional<UnitScore> unit = platform.find(user, "/api/scoring/units/" + employee.unitId() + "/scores/"
                + period, UnitScore.class);
        Map<String, String> indicators = PlatformReads.indicatorNames(platform, user, nip, period);
        Person self = facts.person(user, employee);
        Optional<Person> penilai = facts.overseer(user, employee.penilaiId(), employee.regionId());
        Optional<Person> atasan = facts.overseer(user, employee.atasanPenilaiId(), employee.regionId());
        List<Document.Block> blocks = new ArrayList<>();
        blocks.add(new Heading("DOKUMEN EVALUASI KINERJA PEGAWAI", 1));
        blocks.add(new Paragraph(facts.regionName(user, employee.regionId()) + ". Periode: "
                + DocumentFacts.period(period) + ". Status: " + facts.word("period.status." + evaluation.status())
                + "."));
        blocks.add(new Fields("Pegawai yang dinilai", self.fields()));
        blocks.add(new Fields("Pejabat penilai kinerja", penilai.map(Person::fields)
                .orElse(List.of(new Field("Nama", "-")))));
        blocks.add(new Fields("Atasan pejabat penilai kinerja", atasan.map(Person::fields)
                .orElse(List.of(new Field("Nama", "-")))));
        String unitPredicate = unit.map(UnitScore::unitPredicate).map(p -> facts.word("predicate." + p))
                .orElse("belum ditetapkan");
        String pattern = unit.filter(u -> u.unitPredicate() != null)
                .map(u -> u.violations().isEmpty() ? "sesuai" : "tidak terpenuhi: " + String.join("; ",
                        reasons.of(u.violationCodes(), u.violations(), DocumentFacts.INDONESIAN)))
                .orElse("-");
        blocks.add(new Fields("Capaian kinerja organisasi", List.of(new Field("Predikat unit kerja", unitPredicate),
                new Field("Pola distribusi predikat", pattern))));
        blocks.add(new Heading("Capaian hasil kerja", 2));
        blocks.add(score.<Document.Block>map(s -> capaian(s, indicators)).orElse(new Paragraph("Belum ada capaian.")));
        blocks.add(new Fields("Penilaian", List.of(
                new Field("Rating hasil kerja", rating(evaluation.hasilKerja())),
                new Field("Rating perilaku kerja", rating(evaluation.perilakuKerja())),
                new Field("Predikat kinerja pegawai", score.map(Score::predicate).map(p -> facts.word("predicate." + p))
                        .orElse("belum ditetapkan")))));
        blocks.add(signatures(user, employee, List.of(penilai.map(p -> p.signs("Pejabat penilai kinerja"))
                .orElse(new Document.Signatory("Pejabat penilai kinerja", "-", null)),
                self.signs("Pegawai yang dinilai"))));
        return new Document("Evaluasi kinerja " + period + " " + employee.name(), "evaluasi-" + period + "-" + nip
                + ".pdf", false, blocks);
    }

    /** The piagam of the year's certificate, once rewards has granted it (withheld: refused with its reason). */
    public Document certificate(SignedInUser user, String nip, int year) {
        String rewardId = "certificate:" + nip + ":" + year;
        Reward reward = platform.find(user, "/api/rewards/rewards/" + rewardId, Reward.class)
                .filter(Reward::grantedCertificate).orElseThrow(() -> new PlatformRefusal(404,
                        "certificate-not-granted", null, "No certificate was granted to " + nip + " for " + year,
                        List.of()));
        Employee employee = facts.employee(user, nip);
        Person self = facts.person(user, employee);
        String place = facts.place(user, employee.regionId());
        LocalDate decided = LocalDate.ofInstant(reward.decidedAt(), zone);
        Document.Signatory signatory = facts.leadership(user, employee.regionId())
                .map(l -> new Document.Signatory(facts.titleOf(l, employee.regionId(), user), l.kepalaDaerahName(),
                        null))
                .orElse(new Document.Signatory("Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
                        "", null));
        return new Document("Piagam Penghargaan " + employee.name() + " " + year, "piagam-" + year + "-" + nip
                + ".pdf", true, List.of(new Heading("PIAGAM PENGHARGAAN", 1),
                        new Paragraph("Nomor: PK/" + year + "/" + nip),
                        new Paragraph("diberikan kepada"),
                        new Heading(employee.name(), 2),
                        new Fields(null, List.of(new Field("NIP", "NIP " + nip), new Field("Jabatan",
                                self.position() + ", " + self.unit()))),
                        new Paragraph("atas capaian predikat kinerja Sangat Baik pada " + DocumentFacts.period(
                                reward.period()) + ", dengan capaian kinerja dan pola distribusi unit kerjanya "
                                + "terpenuhi."),
                        new Signatures(place + ", " + DocumentFacts.day(decided), List.of(signatory))));
    }

    private Table hasilKerja(List<Rhk> rhk, Map<String, String> parents) {
        List<List<String>> rows = new ArrayList<>();
        for (Rhk r : rhk) {
            String parent = r.parentRhkId() == null ? "-" : parents.getOrDefault(r.parentRhkId(), "-");
            for (Views.Indicator i : r.indicators()) {
                rows.add(List.of(parent, r.description(), facts.word("aspect." + i.aspect()), i.description(),
                        number(i.target()) + " " + i.unit()));
            }
        }
        return new Table(List.of("No", "RHK pimpinan yang diintervensi", "Rencana hasil kerja", "Aspek",
                "Indikator kinerja individu", "Target"), numbered(rows), List.of(1, 5, 5, 2, 5, 3));
    }

    private Table capaian(Score score, Map<String, String> indicators) {
        List<List<String>> rows = score.indicators().stream().map(i -> List.of(indicators.getOrDefault(
                i.indicatorId(), "-"), number(i.target()), number(i.realisation()), i.capaian() == null ? "-"
                        : i.capaian().setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',') + " %"))
                .toList();
        return new Table(List.of("No", "Indikator kinerja individu", "Target", "Realisasi", "Capaian"),
                numbered(rows), List.of(1, 8, 2, 2, 2));
    }

    private List<Document.Block> lampiran(Plan plan, Person self, int year) {
        List<List<String>> actions = new ArrayList<>();
        for (Rhk r : plan.rhk()) {
            for (Views.Indicator i : r.indicators()) {
                for (Views.PeriodTarget t : i.periodTargets() == null ? List.<Views.PeriodTarget>of()
                        : i.periodTargets()) {
                    actions.add(List.of(r.description(), i.description(), DocumentFacts.period(t.period()),
                            number(t.target()) + " " + i.unit()));
                }
            }
        }
        return List.of(new Heading("LAMPIRAN SASARAN KINERJA PEGAWAI", 1),
                new Fields(null, List.of(new Field("Nama", self.name()), new Field("NIP", self.nip()),
                        new Field("Periode penilaian", "1 Januari sampai dengan 31 Desember " + year))),
                new Heading("Rencana aksi", 2),
                actions.isEmpty() ? new Paragraph("Tidak ada target per bulan atau triwulan: target berlaku untuk "
                        + "tahun " + year + ".")
                        : new Table(List.of("No", "Rencana hasil kerja", "Indikator", "Periode", "Target"),
                                numbered(actions), List.of(1, 6, 6, 3, 3)),
                new Heading("Skema pertanggungjawaban", 2),
                new Paragraph("Realisasi dilaporkan melalui catatan kegiatan harian dan realisasi per periode di "
                        + "Kinerja, dengan tautan bukti; pejabat penilai kinerja memantau dan menilai setiap periode."),
                new Heading("Konsekuensi", 2),
                new Paragraph("Predikat kinerja menjadi dasar penghargaan, tambahan penghasilan pegawai dan "
                        + "pembinaan kinerja sesuai kebijakan pemerintah daerah."));
    }

    private Signatures signatures(SignedInUser user, Employee employee, List<Document.Signatory> signatories) {
        return new Signatures(facts.place(user, employee.regionId()) + ", " + DocumentFacts.day(LocalDate.now(
                clock.withZone(zone))), signatories);
    }

    private String rating(String rating) {
        return rating == null ? "belum dinilai" : facts.word("rating." + rating);
    }

    private static String number(BigDecimal value) {
        return value == null ? "-" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static List<List<String>> numbered(List<List<String>> rows) {
        List<List<String>> numbered = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(String.valueOf(i + 1));
            row.addAll(rows.get(i));
            numbered.add(row);
        }
        return numbered;
    }
}
