package org.kinerja.registry.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Nomor Induk Pegawai: 18 digits = birth date (yyyyMMdd) + CPNS/PPPK start (yyyyMM) + sex (1 male, 2 female) + a
 * 3-digit sequence. It is the employee's id on the platform.
 */
public record Nip(String value, LocalDate birthDate, YearMonth appointed, int sexDigit) {

    private static final Pattern DIGITS = Pattern.compile("\\d{18}");

    /** The problem with a candidate NIP, or empty when it is valid. */
    public static Optional<String> problem(String candidate) {
        if (candidate == null || !DIGITS.matcher(candidate).matches()) {
            return Optional.of("NIP must be exactly 18 digits");
        }
        LocalDate birth;
        YearMonth appointed;
        try {
            birth = LocalDate.of(num(candidate, 0, 4), num(candidate, 4, 6), num(candidate, 6, 8));
        } catch (DateTimeException e) {
            return Optional.of("NIP digits 1-8 must be a valid birth date (yyyymmdd)");
        }
        try {
            appointed = YearMonth.of(num(candidate, 8, 12), num(candidate, 12, 14));
        } catch (DateTimeException e) {
            return Optional.of("NIP digits 9-14 must be a valid appointment month (yyyymm)");
        }
        if (!appointed.isAfter(YearMonth.from(birth))) {
            return Optional.of("NIP appointment month must come after the birth date");
        }
        char sex = candidate.charAt(14);
        if (sex != '1' && sex != '2') {
            return Optional.of("NIP digit 15 must be 1 (male) or 2 (female)");
        }
        if (candidate.endsWith("000")) {
            return Optional.of("NIP sequence (digits 16-18) must not be 000");
        }
        return Optional.empty();
    }

    public static Nip parse(String candidate) {
        problem(candidate).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        return new Nip(candidate,
                LocalDate.of(num(candidate, 0, 4), num(candidate, 4, 6), num(candidate, 6, 8)),
                YearMonth.of(num(candidate, 8, 12), num(candidate, 12, 14)), candidate.charAt(14) - '0');
    }

    private static int num(String s, int from, int to) {
        return Integer.parseInt(s.substring(from, to));
    }
}
