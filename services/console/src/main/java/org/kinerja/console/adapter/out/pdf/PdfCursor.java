package org.kinerja.console.adapter.out.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Where the next line goes on the document being written: the current page and the height left on it, a new page
 * when a block does not fit. Text is set in Liberation Sans (the TrueType font PDFBox ships), embedded as a subset so
 * every character of Bahasa Indonesia prints the same on any machine; bold is the same outline filled and stroked.
 */
final class PdfCursor implements AutoCloseable {

    static final float MARGIN = 50;
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final PDDocument document;
    private final PDRectangle size;
    private final PDType0Font font;
    private PDPageContentStream stream;
    private float y;

    PdfCursor(PDDocument document, PDRectangle size) {
        this.document = document;
        this.size = size;
        try (InputStream in = PdfCursor.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox's Liberation Sans is not on the class path");
            }
            this.font = PDType0Font.load(document, in, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        newPage();
    }

    float width() {
        return size.getWidth();
    }

    float height() {
        return size.getHeight();
    }

    float y() {
        return y;
    }

    void down(float by) {
        y -= by;
    }

    PDPageContentStream stream() {
        return stream;
    }

    /** Starts a new page unless {@code needed} points still fit above the bottom margin. */
    void keep(float needed) {
        if (y - needed < MARGIN) {
            newPage();
        }
    }

    void newPage() {
        try {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(size);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = size.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    float textWidth(String text, float fontSize) {
        try {
            return font.getStringWidth(text) / 1000 * fontSize;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code text} broken into lines no wider than {@code width} (a word longer than that is broken too). */
    List<String> wrap(String text, float fontSize, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : (text == null ? "" : text).split("\n", -1)) {
            String line = "";
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (fits(candidate, fontSize, width)) {
                    line = candidate;
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line);
                }
                while (!fits(word, fontSize, width)) {
                    int cut = word.length() - 1;
                    while (cut > 1 && !fits(word.substring(0, cut), fontSize, width)) {
                        cut--;
                    }
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                line = word;
            }
            lines.add(line);
        }
        return lines;
    }

    private boolean fits(String word, float fontSize, float width) {
        return textWidth(word, fontSize) <= width;
    }

    /** One line at ({@code x}, {@code baseline}). */
    void text(String text, float x, float baseline, float fontSize, boolean bold) {
        try {
            stream.beginText();
            stream.setFont(font, fontSize);
            if (bold) {
                stream.setRenderingMode(RenderingMode.FILL_STROKE);
                stream.setLineWidth(fontSize * 0.035f);
            } else {
                stream.setRenderingMode(RenderingMode.FILL);
            }
            stream.newLineAtOffset(x, baseline);
            stream.showText(text);
            stream.endText();
            stream.setLineWidth(0.5f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void centred(String text, float baseline, float fontSize, boolean bold) {
        text(text, (size.getWidth() - textWidth(text, fontSize)) / 2, baseline, fontSize, bold);
    }

    void rectangle(float x, float bottom, float width, float height, boolean shaded) {
        try {
            if (shaded) {
                stream.setNonStrokingColor(0.92f, 0.93f, 0.95f);
                stream.addRect(x, bottom, width, height);
                stream.fill();
                stream.setNonStrokingColor(0f, 0f, 0f);
            }
            stream.setLineWidth(0.5f);
            stream.addRect(x, bottom, width, height);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void line(float x1, float y1, float x2, float y2) {
        try {
            stream.moveTo(x1, y1);
            stream.lineTo(x2, y2);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            stream.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
