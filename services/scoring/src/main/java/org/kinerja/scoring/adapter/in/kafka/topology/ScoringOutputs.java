package org.kinerja.scoring.adapter.in.kafka.topology;

import java.util.List;

import org.kinerja.contracts.Topics;

/**
 * Where scoring writes, live or in a rebuild. A rebuild (tag {@code r2}, say) runs the same topology under a fresh
 * application id from offset 0 of every input topic and writes to its own output topics
 * ({@code scoring.scores.v1.rebuild-r2}...) and its own read model, so it can be compared with the live path (and
 * checked to equal it) before anyone switches over. It does not dead-letter again what the live path already did.
 */
public record ScoringOutputs(String rebuildTag) {

    public static final ScoringOutputs LIVE = new ScoringOutputs("");

    public ScoringOutputs {
        rebuildTag = rebuildTag == null ? "" : rebuildTag.trim();
        if (!rebuildTag.matches("[A-Za-z0-9-]{0,32}")) {
            throw new IllegalArgumentException("KINERJA_SCORING_REBUILD must be 1-32 letters, digits or '-', got '"
                    + rebuildTag + "'");
        }
    }

    public boolean rebuilding() {
        return !rebuildTag.isEmpty();
    }

    /** The topic an output of the live path goes to in this run. */
    public String topic(String liveTopic) {
        return rebuilding() ? liveTopic + ".rebuild-" + rebuildTag : liveTopic;
    }

    /** A name (application id, consumer group, database) made distinct for this run. */
    public String name(String liveName) {
        return rebuilding() ? liveName + "-rebuild-" + rebuildTag : liveName;
    }

    public String scores() {
        return topic(Topics.SCORES);
    }

    public String units() {
        return topic(Topics.UNIT_SCORES);
    }

    /** scoring's output topics in this run; the rebuild's are created when it starts. */
    public List<String> outputs() {
        return List.of(scores(), topic(Topics.EVALUATIONS), units(), topic(Topics.DISTRIBUTION));
    }
}
