package org.kinerja.console.application;

import java.util.List;

/**
 * A printable document (the SKP, an evaluation form, a piagam) as what it says, block by block, in the order printed;
 * how it looks on paper is the renderer's ({@link DocumentRenderer}). Every value is words a reader recognises:
 * names, positions, units, places and dates, never the platform's ids.
 *
 * @param title the document's title (also its PDF title)
 * @param fileName the name it is downloaded under
 * @param certificate a piagam (one landscape page, centred) rather than a form
 */
public record Document(String title, String fileName, boolean certificate, List<Block> blocks) {

    public Document {
        blocks = List.copyOf(blocks);
    }

    /** One part of the document. */
    public sealed interface Block permits Heading, Paragraph, Fields, Table, Signatures, PageBreak {
    }

    /** A title line: {@code level} 1 for the document's title, 2 for a section. */
    public record Heading(String text, int level) implements Block {
    }

    public record Paragraph(String text) implements Block {
    }

    /** Labelled values, one per line ("Nama : Siti Nurhaliza"), under an optional caption. */
    public record Fields(String caption, List<Field> fields) implements Block {

        public Fields {
            fields = List.copyOf(fields);
        }
    }

    public record Field(String label, String value) {
    }

    /** A table with its header; {@code widths} are the columns' shares of the page width. */
    public record Table(List<String> header, List<List<String>> rows, List<Integer> widths) implements Block {

        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            widths = List.copyOf(widths);
            int columns = header.size();
            if (widths.size() != columns || rows.stream().anyMatch(r -> r.size() != columns)) {
                throw new IllegalArgumentException("every row and the widths have one entry per column");
            }
        }
    }

    /** The place and date, and a signature block for each signatory side by side. */
    public record Signatures(String placeAndDate, List<Signatory> signatories) implements Block {

        public Signatures {
            signatories = List.copyOf(signatories);
        }
    }

    /** Who signs: their role in the document ("Pejabat Penilai Kinerja"), name and NIP (none for an elected one). */
    public record Signatory(String role, String name, String nip) {
    }

    /** The rest starts on a new page (the lampiran of an SKP). */
    public record PageBreak() implements Block {
    }
}
