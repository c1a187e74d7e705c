package org.kinerja.console.adapter.out.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.kinerja.console.application.Document;
import org.kinerja.console.application.DocumentRenderer;

/**
 * Documents as PDF with Apache PDFBox: a form (the SKP, an evaluation) on A4 portrait with headings, labelled fields,
 * ruled tables whose header repeats on each page, and signature blocks side by side; a piagam on one A4 landscape page,
 * framed, every line centred. The document's language is Indonesian, its fonts embedded.
 */
public class PdfDocuments implements DocumentRenderer {

    private static final float TEXT = 9.5f;
    private static final float LEADING = 1.35f;
    private static final float CELL_PADDING = 3;

    @Override
    public byte[] pdf(Document content) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(content.title());
            info.setCreator("Kinerja");
            info.setCreationDate(Calendar.getInstance());
            document.getDocumentCatalog().setLanguage("id-ID");
            PDRectangle size = content.certificate()
                    ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()) : PDRectangle.A4;
            try (PdfCursor cursor = new PdfCursor(document, size)) {
                if (content.certificate()) {
                    certificate(cursor, content.blocks());
                } else {
                    content.blocks().forEach(block -> form(cursor, block));
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the document could not be rendered", e);
        }
    }

    private static void form(PdfCursor cursor, Document.Block block) {
        if (block instanceof Document.Heading heading) {
            heading(cursor, heading);
        } else if (block instanceof Document.Paragraph paragraph) {
            paragraph(cursor, paragraph.text(), TEXT, false);
        } else if (block instanceof Document.Fields fields) {
            fields(cursor, fields);
        } else if (block instanceof Document.Table table) {
            table(cursor, table);
        } else if (block instanceof Document.Signatures signatures) {
            signatures(cursor, signatures);
        } else {
            cursor.newPage();
        }
    }

    private static void heading(PdfCursor cursor, Document.Heading heading) {
        float size = heading.level() == 1 ? 13 : 10.5f;
        cursor.keep(size * 4);
        cursor.down(heading.level() == 1 ? size : size * 1.6f);
        for (String line : cursor.wrap(heading.text(), size, cursor.width() - 2 * PdfCursor.MARGIN)) {
            if (heading.level() == 1) {
                cursor.centred(line, cursor.y(), size, true);
            } else {
                cursor.text(line, PdfCursor.MARGIN, cursor.y(), size, true);
            }
            cursor.down(size * LEADING);
        }
    }

    private static void paragraph(PdfCursor cursor, String text, float size, boolean bold) {
        for (String line : cursor.wrap(text, size, cursor.width() - 2 * PdfCursor.MARGIN)) {
            cursor.keep(size * LEADING);
            cursor.down(size * LEADING);
            cursor.text(line, PdfCursor.MARGIN, cursor.y(), size, bold);
        }
        cursor.down(size * 0.5f);
    }

    /** "Label : value" lines, the values aligned, a value wrapped under itself. */
    private static void fields(PdfCursor cursor, Document.Fields fields) {
        if (fields.caption() != null) {
            heading(cursor, new Document.Heading(fields.caption(), 2));
        }
        float labelWidth = 150;
        float valueX = PdfCursor.MARGIN + labelWidth + 10;
        float valueWidth = cursor.width() - PdfCursor.MARGIN - valueX;
        for (Document.Field field : fields.fields()) {
            List<String> lines = cursor.wrap(field.value() == null ? "-" : field.value(), TEXT, valueWidth);
            cursor.keep(lines.size() * TEXT * LEADING);
            cursor.down(TEXT * LEADING);
            cursor.text(field.label(), PdfCursor.MARGIN, cursor.y(), TEXT, false);
            cursor.text(":", valueX - 8, cursor.y(), TEXT, false);
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0) {
                    cursor.down(TEXT * LEADING);
                }
                cursor.text(lines.get(i), valueX, cursor.y(), TEXT, false);
            }
        }
        cursor.down(TEXT * 0.5f);
    }

    private static void table(PdfCursor cursor, Document.Table table) {
        float width = cursor.width() - 2 * PdfCursor.MARGIN;
        int shares = table.widths().stream().mapToInt(Integer::intValue).sum();
        float[] columns = new float[table.widths().size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = width * table.widths().get(i) / shares;
        }
        cursor.down(4);
        row(cursor, table.header(), columns, true);
        for (List<String> row : table.rows()) {
            if (!fits(cursor, row, columns)) {
                cursor.newPage();
                row(cursor, table.header(), columns, true);
            }
            row(cursor, row, columns, false);
        }
        cursor.down(6);
    }

    private static boolean fits(PdfCursor cursor, List<String> row, float[] columns) {
        return cursor.y() - rowHeight(cursor, row, columns) >= PdfCursor.MARGIN;
    }

    private static float rowHeight(PdfCursor cursor, List<String> row, float[] columns) {
        int lines = 1;
        for (int i = 0; i < columns.length; i++) {
            lines = Math.max(lines, cursor.wrap(row.get(i), TEXT, columns[i] - 2 * CELL_PADDING).size());
        }
        return lines * TEXT * LEADING + 2 * CELL_PADDING;
    }

    private static void row(PdfCursor cursor, List<String> cells, float[] columns, boolean header) {
        float height = rowHeight(cursor, cells, columns);
        float bottom = cursor.y() - height;
        float x = PdfCursor.MARGIN;
        for (int i = 0; i < columns.length; i++) {
            cursor.rectangle(x, bottom, columns[i], height, header);
            float baseline = cursor.y() - CELL_PADDING - TEXT;
            for (String line : cursor.wrap(cells.get(i), TEXT, columns[i] - 2 * CELL_PADDING)) {
                cursor.text(line, x + CELL_PADDING, baseline, TEXT, header);
                baseline -= TEXT * LEADING;
            }
            x += columns[i];
        }
        cursor.down(height);
    }

    /** The place and date above the last signatory; each signatory's role, room to sign, name and NIP. */
    private static void signatures(PdfCursor cursor, Document.Signatures signatures) {
        int n = signatures.signatories().size();
        float column = (cursor.width() - 2 * PdfCursor.MARGIN) / n;
        cursor.keep(TEXT * LEADING * 8);
        cursor.down(TEXT * LEADING * 2);
        float lastX = PdfCursor.MARGIN + column * (n - 1);
        cursor.text(signatures.placeAndDate(), lastX, cursor.y(), TEXT, false);
        cursor.down(TEXT * LEADING);
        float top = cursor.y();
        for (int i = 0; i < n; i++) {
            Document.Signatory signatory = signatures.signatories().get(i);
            float x = PdfCursor.MARGIN + column * i;
            float y = top;
            for (String line : cursor.wrap(signatory.role(), TEXT, column - 10)) {
                cursor.text(line, x, y, TEXT, false);
                y -= TEXT * LEADING;
            }
            y -= 45;
            cursor.text(signatory.name(), x, y, TEXT, true);
            cursor.line(x, y - 2, x + Math.min(column - 10, cursor.textWidth(signatory.name(), TEXT)), y - 2);
            if (signatory.nip() != null) {
                cursor.text("NIP " + signatory.nip(), x, y - TEXT * LEADING, TEXT, false);
            }
        }
        cursor.down(TEXT * LEADING * 6 + 45);
    }

    /** The piagam: framed, the title large, every line centred, the signatory at the foot. */
    private static void certificate(PdfCursor cursor, List<Document.Block> blocks) {
        cursor.rectangle(28, 28, cursor.width() - 56, cursor.height() - 56, false);
        cursor.rectangle(34, 34, cursor.width() - 68, cursor.height() - 68, false);
        cursor.down(40);
        for (Document.Block block : blocks) {
            if (block instanceof Document.Heading heading) {
                centredLines(cursor, heading.text(), heading.level() == 1 ? 30 : 20, true,
                        heading.level() == 1 ? 18 : 10);
            } else if (block instanceof Document.Paragraph paragraph) {
                centredLines(cursor, paragraph.text(), 13, false, 6);
            } else if (block instanceof Document.Fields fields) {
                fields.fields().forEach(f -> centredLines(cursor, f.value(), 13, false, 2));
            } else if (block instanceof Document.Signatures signatures) {
                cursor.down(16);
                centredLines(cursor, signatures.placeAndDate(), 12, false, 0);
                for (Document.Signatory signatory : signatures.signatories()) {
                    centredLines(cursor, signatory.role(), 12, false, 42);
                    centredLines(cursor, signatory.name(), 13, true, 0);
                    if (signatory.nip() != null) {
                        centredLines(cursor, "NIP " + signatory.nip(), 11, false, 0);
                    }
                }
            } else {
                throw new IllegalArgumentException("a piagam is one page of headings, lines and a signature");
            }
        }
    }

    private static void centredLines(PdfCursor cursor, String text, float size, boolean bold, float after) {
        for (String line : cursor.wrap(text, size, cursor.width() - 160)) {
            cursor.down(size * LEADING);
            cursor.centred(line, cursor.y(), size, bold);
        }
        cursor.down(after);
    }
}
