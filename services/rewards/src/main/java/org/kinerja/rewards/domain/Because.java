package org.kinerja.rewards.domain;

import java.util.ArrayList;
import java.util.List;

import org.kinerja.contracts.events.Reason;

/**
 * Why a reward was decided, twice over: in English {@code words} for people reading the raw events, and as
 * {@code codes} (each a {@link Reason}) a client words in its own language. Parts join in order; the words' joiner
 * ("; " between pieces of evidence, ": " before the evidence) is for the English only.
 */
public record Because(String words, List<Reason> codes) {

    public Because {
        codes = List.copyOf(codes);
    }

    public static Because of(String words, String code, Object... args) {
        return new Because(words, List.of(Reason.of(code, args)));
    }

    /** This reason followed by {@code more}, the words joined by {@code joiner}. */
    public Because then(String joiner, Because more) {
        List<Reason> all = new ArrayList<>(codes);
        all.addAll(more.codes());
        return new Because(words + joiner + more.words(), all);
    }
}
