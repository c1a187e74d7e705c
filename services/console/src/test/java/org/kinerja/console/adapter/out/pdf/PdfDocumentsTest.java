package org.kinerja.console.adapter.out.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.kinerja.console.application.Document;

/** The documents rendered by PDFBox and read back by PDFBox: what they say, their pages, their fonts. */
class PdfDocumentsTest {

    private final PdfDocuments renderer = new PdfDocuments();

    @Test
    void aFormPrintsItsFieldsTablesAndSignaturesWithItsFontEmbedded() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            rows.add(List.of(String.valueOf(i), "Cakupan imunisasi di puskesmas nomor " + i, "120 anak"));
        }
        Document form = new Document("SKP 2026 Ayu Lestari", "skp.pdf", false, List.of(
                new Document.Heading("SASARAN KINERJA PEGAWAI", 1),
                new Document.Fields("Pegawai yang dinilai", List.of(new Document.Field("Nama", "Ayu Lestari"),
                        new Document.Field("Unit kerja", "Bidang Pencegahan dan Pengendalian Penyakit, Dinas "
                                + "Kesehatan Kabupaten Mamuju, dengan nama yang cukup panjang untuk dua baris"))),
                new Document.Table(List.of("No", "Rencana hasil kerja", "Target"), rows, List.of(1, 8, 2)),
                new Document.Signatures("Mamuju, 1 Desember 2026", List.of(
                        new Document.Signatory("Pegawai yang dinilai", "Ayu Lestari", "199309302019022005"),
                        new Document.Signatory("Pejabat penilai kinerja", "Nurul Hidayah", "198002142006042004"))),
                new Document.PageBreak(),
                new Document.Heading("LAMPIRAN SASARAN KINERJA PEGAWAI", 1)));

        try (PDDocument pdf = Loader.loadPDF(renderer.pdf(form))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("SASARAN KINERJA PEGAWAI", "Ayu Lestari", "Nurul Hidayah",
                    "NIP 198002142006042004", "Mamuju, 1 Desember 2026", "LAMPIRAN SASARAN KINERJA PEGAWAI",
                    "puskesmas nomor 60");
            assertThat(text).as("a long value is wrapped, not cut").contains("untuk dua baris");
            assertThat(pdf.getNumberOfPages()).as("60 rows take more than a page, the lampiran one more")
                    .isGreaterThanOrEqualTo(3);
            String lastTablePage = new PDFTextStripper() {
                {
                    setStartPage(pdf.getNumberOfPages() - 1);
                    setEndPage(pdf.getNumberOfPages() - 1);
                }
            }.getText(pdf);
            assertThat(lastTablePage).as("the table's header repeats on the page it continues on")
                    .contains("Rencana hasil kerja");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("SKP 2026 Ayu Lestari");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("id-ID");
            assertThat(fontsOf(pdf)).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                assertThat(font.getName()).contains("LiberationSans");
            });
        }
    }

    @Test
    void aPiagamIsOneLandscapePageCentred() throws IOException {
        Document piagam = new Document("Piagam Penghargaan Ayu Lestari 2026", "piagam.pdf", true, List.of(
                new Document.Heading("PIAGAM PENGHARGAAN", 1), new Document.Paragraph("diberikan kepada"),
                new Document.Heading("Ayu Lestari", 2),
                new Document.Fields(null, List.of(new Document.Field("NIP", "NIP 199309302019022005"))),
                new Document.Paragraph("atas capaian predikat kinerja Sangat Baik pada tahun 2026."),
                new Document.Signatures("Mamuju, 2 Desember 2026", List.of(
                        new Document.Signatory("Bupati Mamuju", "Sitti Sutinah Suhardi", null)))));

        try (PDDocument pdf = Loader.loadPDF(renderer.pdf(piagam))) {
            assertThat(pdf.getNumberOfPages()).isOne();
            PDPage page = pdf.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isGreaterThan(page.getMediaBox().getHeight());
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("PIAGAM PENGHARGAAN", "Ayu Lestari", "NIP 199309302019022005",
                    "Sangat Baik", "Mamuju, 2 Desember 2026", "Bupati Mamuju", "Sitti Sutinah Suhardi");
            assertThat(fontsOf(pdf)).allSatisfy(font -> assertThat(font.isEmbedded()).isTrue());
        }
    }

    private static List<PDFont> fontsOf(PDDocument pdf) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }
}
