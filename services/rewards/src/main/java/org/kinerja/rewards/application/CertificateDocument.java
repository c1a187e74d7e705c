package org.kinerja.rewards.application;

/** Renders a reward certificate (piagam penghargaan) as a document. */
public interface CertificateDocument {

    /** What the certificate says, in Bahasa Indonesia. */
    record Content(String number, String name, String employeeId, String agency, String achievement, String place,
            String date, String signatory) {
    }

    byte[] render(Content content);
}
