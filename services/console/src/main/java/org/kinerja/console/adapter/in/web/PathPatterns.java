package org.kinerja.console.adapter.in.web;

/** What a page's path may hold, so that any other path is no page (404) rather than a call the platform refuses. */
final class PathPatterns {

    static final String NIP = "\\d{18}";
    static final String YEAR = "\\d{4}";
    /** A year, a month or a quarter. */
    static final String PERIOD = "\\d{4}(?:-(?:0[1-9]|1[0-2])|-Q[1-4])?";

    private PathPatterns() {
    }
}
