package org.kinerja.console.application;

/** Puts a {@link Document} on paper: a PDF with its fonts embedded, so it prints the same everywhere. */
public interface DocumentRenderer {

    byte[] pdf(Document document);
}
