package org.kinerja.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How long each kind of personal data is kept and where it is stored: policy data (contracts/retention/
 * retention-policy.json, a region's own copy where it sets other periods), enforced by the topics' retention
 * (kinerja-kafka provision sets it from here) and by each service's retention sweep of its MongoDB collections. A
 * policy that leaves a topic without a rule, names one twice, or shortens what must stay whole (the audit trail, the
 * compacted current state) is refused when read.
 *
 * @param version         the policy's version
 * @param note            what the policy is, for its reader
 * @param yearClosesAfter how long after 31 December an evaluation year is closed (annual ratings, objections and
 *                        follow-up done): where retention from {@link From#EVALUATION_YEAR_CLOSED} starts
 * @param kinds           a rule per kind of data
 */
public record RetentionPolicy(int version, String note, Period yearClosesAfter, List<Rule> kinds) {

    /** The platform's default policy on the classpath. */
    public static final String DEFAULT_RESOURCE = "kinerja/contracts/retention/retention-policy.json";
    /** The rule of every dead-letter topic. */
    public static final String DEAD_LETTER_TOPICS = "*.dlt";
    /** A collection every service has (parked records). */
    public static final String EVERY_SERVICE = "*";

    private static final String FOREVER = "FOREVER";
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final Schema SCHEMA = schema();

    /** Where a retention period starts. */
    public enum From {
        /** when the record was written */
        RECORDED,
        /** when the evaluation year the record belongs to is closed ({@link #yearClosesAfter} after its end) */
        EVALUATION_YEAR_CLOSED
    }

    /** What happens at the end of the period. */
    public enum Afterwards { KEPT, ERASED }

    /** A MongoDB collection of a service holding the kind, and the field that dates each document. */
    public record StoredIn(String service, String collection, String dateField) {
    }

    /**
     * One kind of data.
     *
     * @param keep        FOREVER, or an ISO-8601 period
     * @param topics      its topics (a platform topic, a family of agency topics, or {@link #DEAD_LETTER_TOPICS})
     * @param collections its collections
     */
    public record Rule(String kind, String description, String keep, From from, Afterwards afterwards, String basis,
            List<String> topics, List<StoredIn> collections) {

        public Rule {
            topics = List.copyOf(topics);
            collections = List.copyOf(collections);
        }

        public boolean forever() {
            return FOREVER.equals(keep);
        }

        /** The period kept; empty when kept for ever. */
        public Optional<Period> period() {
            return forever() ? Optional.empty() : Optional.of(Period.parse(keep));
        }
    }

    public RetentionPolicy {
        kinds = List.copyOf(kinds);
    }

    /** The platform's default policy. */
    public static RetentionPolicy standard() {
        try (InputStream in = RetentionPolicy.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + DEFAULT_RESOURCE);
            }
            return parse(in.readAllBytes(), DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A region's policy from its file; refused (with every reason) unless valid and complete. */
    public static RetentionPolicy read(Path file) {
        try {
            return parse(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the retention policy " + file, e);
        }
    }

    /** The default policy, or the region's when {@code file} is given. */
    public static RetentionPolicy standardOr(String file) {
        return file == null || file.isBlank() ? standard() : read(Path.of(file));
    }

    static RetentionPolicy parse(byte[] json, String source) {
        JsonNode node = JSON.readTree(json);
        List<String> problems = new ArrayList<>(SCHEMA.validate(node).stream().map(Object::toString).toList());
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("retention policy " + source + " is invalid: " + problems);
        }
        RetentionPolicy policy = JSON.treeToValue(node, RetentionPolicy.class);
        problems.addAll(policy.problems());
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("retention policy " + source + " is refused: " + problems);
        }
        return policy;
    }

    /** The rule of a topic (a platform topic, an agency's topic by its family, a dead-letter topic). */
    public Rule forTopic(String topic) {
        String key = Topics.deadLettersOf(topic).isPresent() ? DEAD_LETTER_TOPICS : Topics.AGENCY_FAMILIES.stream()
                .filter(family -> Topics.agencyOf(family, topic).isPresent()).findFirst().orElse(topic);
        return kinds.stream().filter(rule -> rule.topics().contains(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no retention rule for topic " + topic));
    }

    /**
     * The least time a topic must keep its records for the rule to hold; empty for ever. A record of an evaluation
     * year may be written on its first day, so a rule from the year's closing keeps it a year, the closing time and
     * the period; years and months count at their longest (366 and 31 days), so a record is never erased early.
     */
    public Optional<Duration> topicRetention(Rule rule) {
        return rule.period().map(period -> {
            Duration kept = longest(period);
            return rule.from() == From.EVALUATION_YEAR_CLOSED ? kept.plus(longest(Period.ofYears(1)))
                    .plus(longest(yearClosesAfter)) : kept;
        });
    }

    /** The collections of a service that a rule erases, each with its rule. */
    public List<Map.Entry<Rule, StoredIn>> erasedCollectionsOf(String service) {
        List<Map.Entry<Rule, StoredIn>> erased = new ArrayList<>();
        for (Rule rule : kinds) {
            if (rule.afterwards() == Afterwards.ERASED) {
                rule.collections().stream().filter(c -> c.service().equals(service)
                        || c.service().equals(EVERY_SERVICE)).forEach(c -> erased.add(Map.entry(rule, c)));
            }
        }
        return erased;
    }

    /**
     * For a rule from the recording: documents dated before this instant are past their period. For a rule from the
     * year's closing: the first evaluation year still kept, as 1 January of it (documents dated in an earlier year
     * are past their period). Empty for a rule kept for ever.
     */
    public Optional<Instant> erasedBefore(Rule rule, Instant now, ZoneId zone) {
        return rule.period().map(period -> {
            if (rule.from() == From.RECORDED) {
                return now.atZone(zone).minus(period).toInstant();
            }
            LocalDate today = now.atZone(zone).toLocalDate();
            // the first year still kept: this year always is, and each year before it whose closing plus the
            // period is still ahead
            int year = today.getYear();
            while (LocalDate.of(year, 1, 1).plus(yearClosesAfter).plus(period).isAfter(today)) {
                year--;
            }
            return LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        });
    }

    private List<String> problems() {
        List<String> problems = new ArrayList<>();
        Map<String, String> ruleOf = new HashMap<>();
        List<String> known = new ArrayList<>(Topics.ALL);
        known.addAll(Topics.AGENCY_FAMILIES);
        known.add(DEAD_LETTER_TOPICS);
        for (Rule rule : kinds) {
            for (String topic : rule.topics()) {
                if (!known.contains(topic)) {
                    problems.add(rule.kind() + ": " + topic + " is not a topic of the platform");
                }
                String other = ruleOf.put(topic, rule.kind());
                if (other != null) {
                    problems.add(topic + " has two rules: " + other + " and " + rule.kind());
                }
            }
            if (rule.forever() != (rule.afterwards() == Afterwards.KEPT)) {
                problems.add(rule.kind() + ": kept FOREVER exactly when afterwards is KEPT");
            }
        }
        known.stream().filter(topic -> !ruleOf.containsKey(topic))
                .forEach(topic -> problems.add(topic + " has no rule"));
        List<String> whole = new ArrayList<>(Topics.COMPACTED);
        whole.addAll(Topics.SINGLE_PARTITION);
        for (String topic : whole) {
            kinds.stream().filter(rule -> rule.topics().contains(topic) && !rule.forever()).forEach(rule -> problems
                    .add(topic + " must be kept for ever (current state, or the audit chain), not " + rule.keep()));
        }
        return problems;
    }

    private static Duration longest(Period period) {
        return Duration.ofDays(period.getYears() * 366L + period.getMonths() * 31L + period.getDays());
    }

    private static Schema schema() {
        try (InputStream in = RetentionPolicy.class.getClassLoader()
                .getResourceAsStream("kinerja/contracts/retention/retention-policy.schema.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
