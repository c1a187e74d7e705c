package org.kinerja.console.application;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.kinerja.console.application.Document.Field;
import org.kinerja.console.application.Document.Fields;
import org.kinerja.console.application.Document.Heading;
import org.kinerja.console.application.Document.Paragraph;

/**
 * The subject-access export as a readable PDF: a heading per kind of data, each record as labelled lines (a field's
 * name in words, "employee id" for {@code employeeId}; a nested record in one line of "name: value" pairs), so that
 * an employee reads on paper exactly what the JSON document holds.
 */
public final class SubjectAccessDocument {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm z",
            DocumentFacts.INDONESIAN);

    private final ZoneId zone;

    public SubjectAccessDocument(ZoneId zone) {
        this.zone = zone;
    }

    public Document of(SubjectAccess.Export export) {
        List<Document.Block> blocks = new ArrayList<>();
        blocks.add(new Heading("DATA PRIBADI YANG DIPROSES KINERJA", 1));
        blocks.add(new Paragraph("Salinan seluruh data pribadi tentang " + export.name() + " (NIP "
                + export.employeeId() + ") yang disimpan platform Kinerja, sebagaimana hak akses subjek data menurut "
                + "UU 27/2022 tentang Pelindungan Data Pribadi. Dibuat " + WHEN.format(export.generatedAt()
                        .atZone(zone)) + " atas permintaan " + export.requestedBy() + ". Isi yang sama tersedia "
                + "sebagai dokumen JSON (" + SubjectAccess.FORMAT + ")."));
        for (SubjectAccess.Kind kind : SubjectAccess.KINDS) {
            blocks.add(new Heading(kind.title(), 2));
            Object data = export.data().get(kind.key());
            List<?> records = data instanceof List<?> list ? list : List.of(data);
            if (records.isEmpty()) {
                blocks.add(new Paragraph("Tidak ada data (disimpan oleh " + kind.keeper() + ")."));
                continue;
            }
            blocks.add(new Paragraph(records.size() + " catatan, disimpan oleh " + kind.keeper() + "."));
            for (int i = 0; i < records.size(); i++) {
                blocks.add(new Fields(records.size() == 1 ? null : (i + 1) + ".", fields(records.get(i))));
            }
        }
        return new Document("Data pribadi " + export.name(), "data-pribadi-" + export.employeeId() + ".pdf", false,
                blocks);
    }

    private static List<Field> fields(Object record) {
        if (!(record instanceof Map<?, ?> map)) {
            return List.of(new Field("nilai", inline(record)));
        }
        return map.entrySet().stream().map(e -> new Field(words(String.valueOf(e.getKey())), inline(e.getValue())))
                .toList();
    }

    /** A value on one line: a record as "name: value" pairs, a list's items separated by semicolons. */
    static String inline(Object value) {
        if (value == null) {
            return "-";
        }
        if (value instanceof Map<?, ?> map) {
            return map.isEmpty() ? "-" : map.entrySet().stream()
                    .map(e -> words(String.valueOf(e.getKey())) + ": " + inline(e.getValue()))
                    .collect(Collectors.joining(", ", "(", ")"));
        }
        if (value instanceof List<?> list) {
            return list.isEmpty() ? "-" : list.stream().map(SubjectAccessDocument::inline)
                    .collect(Collectors.joining("; "));
        }
        return String.valueOf(value);
    }

    /** A field's name in words: {@code hasilKerjaRating} as "hasil kerja rating". */
    static String words(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(DocumentFacts.INDONESIAN);
    }
}
