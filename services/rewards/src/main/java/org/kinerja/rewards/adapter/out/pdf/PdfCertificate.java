package org.kinerja.rewards.adapter.out.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.kinerja.rewards.application.CertificateDocument;

/** A one-page A4 landscape certificate with Apache PDFBox, in the standard fonts (no font files to ship). */
public class PdfCertificate implements CertificateDocument {

    private static final PDType1Font TITLE = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
    private static final PDType1Font TEXT = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);

    @Override
    public byte[] render(Content content) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            document.addPage(page);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Piagam Penghargaan " + content.number());
            info.setSubject(content.achievement());
            float width = page.getMediaBox().getWidth();
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.setLineWidth(2f);
                text.addRect(30, 30, width - 60, page.getMediaBox().getHeight() - 60);
                text.stroke();
                float y = page.getMediaBox().getHeight() - 110;
                y = centred(text, TITLE, 34, "PIAGAM PENGHARGAAN", width, y) - 28;
                y = centred(text, TEXT, 13, "Nomor: " + content.number(), width, y) - 40;
                y = centred(text, TEXT, 16, "Diberikan kepada", width, y) - 34;
                y = centred(text, TITLE, 24, content.name(), width, y) - 24;
                y = centred(text, TEXT, 14, "NIP " + content.employeeId(), width, y) - 20;
                y = centred(text, TEXT, 14, content.agency(), width, y) - 36;
                for (String line : wrap(content.achievement(), 90)) {
                    y = centred(text, TEXT, 15, line, width, y) - 20;
                }
                y -= 30;
                y = centred(text, TEXT, 14, content.place() + ", " + content.date(), width, y) - 20;
                centred(text, TEXT, 14, content.signatory(), width, y);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the certificate could not be rendered", e);
        }
    }

    private static float centred(PDPageContentStream stream, PDType1Font font, float size, String line, float width,
            float y) throws IOException {
        float lineWidth = font.getStringWidth(line) / 1000 * size;
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset((width - lineWidth) / 2, y);
        stream.showText(line);
        stream.endText();
        return y;
    }

    private static java.util.List<String> wrap(String text, int columns) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + word.length() + 1 > columns) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
