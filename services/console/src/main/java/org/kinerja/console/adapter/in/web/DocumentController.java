package org.kinerja.console.adapter.in.web;

import org.kinerja.console.application.Document;
import org.kinerja.console.application.DocumentRenderer;
import org.kinerja.console.application.Documents;
import org.kinerja.console.application.SignedInUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The printable documents as PDF: an employee's SKP of a year, their evaluation form of a period and the piagam of a
 * granted certificate. Whoever the platform lets read the SKP, the evaluation or the reward may print it; anyone
 * else gets the refusal page.
 */
@Controller
class DocumentController {


    private final Documents documents;
    private final DocumentRenderer renderer;

    DocumentController(Documents documents, DocumentRenderer renderer) {
        this.documents = documents;
        this.renderer = renderer;
    }

    @GetMapping("/dokumen/{nip:" + PathPatterns.NIP + "}/skp/{year:" + PathPatterns.YEAR + "}")
    ResponseEntity<byte[]> skp(@AuthenticationPrincipal SignedInUser user, @PathVariable String nip,
            @PathVariable int year) {
        return pdf(documents.skp(user, nip, year));
    }

    @GetMapping("/dokumen/{nip:" + PathPatterns.NIP + "}/evaluasi/{period:" + PathPatterns.PERIOD + "}")
    ResponseEntity<byte[]> evaluation(@AuthenticationPrincipal SignedInUser user, @PathVariable String nip,
            @PathVariable String period) {
        return pdf(documents.evaluation(user, nip, period));
    }

    @GetMapping("/dokumen/{nip:" + PathPatterns.NIP + "}/piagam/{year:" + PathPatterns.YEAR + "}")
    ResponseEntity<byte[]> certificate(@AuthenticationPrincipal SignedInUser user, @PathVariable String nip,
            @PathVariable int year) {
        return pdf(documents.certificate(user, nip, year));
    }

    private ResponseEntity<byte[]> pdf(Document document) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(document.fileName()).build().toString())
                .body(renderer.pdf(document));
    }
}
