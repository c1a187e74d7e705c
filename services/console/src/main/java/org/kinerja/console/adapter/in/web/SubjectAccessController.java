package org.kinerja.console.adapter.in.web;

import java.util.List;

import org.kinerja.console.application.Document;
import org.kinerja.console.application.DocumentRenderer;
import org.kinerja.console.application.PlatformRefusal;
import org.kinerja.console.application.SignedInUser;
import org.kinerja.console.application.SubjectAccess;
import org.kinerja.console.application.SubjectAccessDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The subject-access export (UU PDP), downloaded at once: {@code /data-pribadi?nip=...&format=json} or
 * {@code format=pdf}. An employee downloads their own from their page; the administrator produces anyone's from the
 * administration page. Both carry the same data.
 */
@Controller
class SubjectAccessController {

    private static final Logger log = LoggerFactory.getLogger(SubjectAccessController.class);

    private final SubjectAccess subjectAccess;
    private final SubjectAccessDocument document;
    private final DocumentRenderer renderer;

    SubjectAccessController(SubjectAccess subjectAccess, SubjectAccessDocument document, DocumentRenderer renderer) {
        this.subjectAccess = subjectAccess;
        this.document = document;
        this.renderer = renderer;
    }

    @GetMapping("/data-pribadi")
    ResponseEntity<?> export(@AuthenticationPrincipal SignedInUser user, @RequestParam String nip,
            @RequestParam(defaultValue = "pdf") String format) {
        if (!nip.matches(PathPatterns.NIP) || !List.of("json", "pdf").contains(format)) {
            throw new PlatformRefusal(400, "invalid-request", null, "A NIP of 18 digits and format json or pdf.",
                    List.of());
        }
        SubjectAccess.Export export = subjectAccess.of(user, nip);
        // who made whose copy, and when: the record the data-subject procedure keeps (the NIP masked by the log)
        log.info("subject-access export ({}) of {} made for {}", format, nip, user.subject());
        if (format.equals("json")) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                    .header(HttpHeaders.CONTENT_DISPOSITION, attachment("data-pribadi-" + nip + ".json"))
                    .body(export);
        }
        Document pdf = document.of(export);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(pdf.fileName()))
                .body(renderer.pdf(pdf));
    }

    private static String attachment(String fileName) {
        return ContentDisposition.attachment().filename(fileName).build().toString();
    }
}
