package org.kinerja.scoring.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The annual evaluation scoring proposes to the penilai from the year's periodic evaluations (months or quarters with
 * both ratings), under the region's rule: the last rated period's ratings (LAST_PERIOD, the default), or the predicate
 * given most often (MOST_FREQUENT; a tie goes to the later period) with the ratings of its latest period. The penilai's
 * own ratings of the year set the annual predicate; the periodic predicates stay as they are.
 */
public record AnnualProposal(Rule rule, Predicate predicate, Rating hasilKerja, Rating perilakuKerja,
        List<String> basedOn) {

    public enum Rule { LAST_PERIOD, MOST_FREQUENT }

    public AnnualProposal {
        basedOn = List.copyOf(basedOn);
    }

    /** The proposal from the year's periodic states (the year's own state excluded); empty while none is rated. */
    public static Optional<AnnualProposal> of(Rule rule, List<PeriodState> periods) {
        List<PeriodState> rated = periods.stream().filter(p -> p.period().length() > 4 && p.predicate() != null)
                .sorted(Comparator.comparing(PeriodState::period)).toList();
        if (rated.isEmpty()) {
            return Optional.empty();
        }
        PeriodState last = rated.get(rated.size() - 1);
        if (rule == Rule.LAST_PERIOD) {
            return Optional.of(new AnnualProposal(rule, last.predicate(), last.hasilKerja(), last.perilakuKerja(),
                    List.of(last.period())));
        }
        Map<Predicate, Long> counts = rated.stream().collect(Collectors.groupingBy(PeriodState::predicate,
                Collectors.counting()));
        long most = counts.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        // Of the predicates given most often, the one of the latest period
        PeriodState chosen = last;
        for (int i = rated.size() - 1; i >= 0; i--) {
            if (counts.get(rated.get(i).predicate()) == most) {
                chosen = rated.get(i);
                break;
            }
        }
        List<String> basedOn = rated.stream().map(PeriodState::period).toList();
        return Optional.of(new AnnualProposal(rule, chosen.predicate(), chosen.hasilKerja(), chosen.perilakuKerja(),
                basedOn));
    }
}
