package org.kinerja.contracts.events;

import java.util.List;

/**
 * A reason in a form any client can word in its own language: a stable {@code code} and its {@code args} in the order
 * the code's description in the event's schema gives (numbers written plainly, ids and periods as they are). The
 * English text beside it in the same event says the same for people reading the raw event.
 */
public record Reason(String code, List<String> args) {

    public Reason {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static Reason of(String code, Object... args) {
        return new Reason(code, java.util.Arrays.stream(args).map(Reason::plain).toList());
    }

    private static String plain(Object arg) {
        return arg instanceof java.math.BigDecimal decimal ? decimal.toPlainString() : String.valueOf(arg);
    }
}
