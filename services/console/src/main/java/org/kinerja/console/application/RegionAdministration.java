package org.kinerja.console.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kinerja.console.application.Views.Period;

/**
 * The region's administrator (BKPSDM): the follow-up policy's versions and a new one published from the version in
 * force with the fields the form changes (the rewards service validates it and names each field it refuses), a past
 * period's results recomputed with a reason, and an employee's period locked or reopened with a reason.
 */
public final class RegionAdministration {

    /** A field of the policy the form edits, by its path in the policy document. */
    public record PolicyField(String path, boolean numeric) {

        /** The form's parameter name (a path's dots are not welcome in an HTML id). */
        public String formName() {
            return path.replace('.', '-');
        }
    }

    /** What the form edits; the rest (ceilings, deductions, coefficients, calendar) is carried from the version in force. */
    public static final List<PolicyField> FIELDS = List.of(new PolicyField("effectiveFrom", false),
            new PolicyField("note", false), new PolicyField("tpp.productivityPercent", true),
            new PolicyField("tpp.disciplinePercent", true), new PolicyField("tpp.skpPercent", true),
            new PolicyField("tpp.behaviourPercent", true), new PolicyField("tpp.capaianCap", true),
            new PolicyField("tpp.defaultCeiling", true), new PolicyField("rewards.minimumCapaian", true),
            new PolicyField("rewards.certificateAfterConsecutiveSangatBaik", true),
            new PolicyField("rewards.incentiveTopPerUnit", true), new PolicyField("pembinaan.reviewAfterMonths", true),
            new PolicyField("training.kualitasCapaianBelow", true),
            new PolicyField("training.kompetenScoreBelow", true));

    private static final String POLICIES = "/api/rewards/policies";

    private final Platform platform;

    public RegionAdministration(Platform platform) {
        this.platform = platform;
    }

    /** The versions, newest first, and the one in force today. */
    public record Policies(List<Map<String, Object>> versions, Map<String, Object> inForce) {

        /** A field's value in the version in force, as the form shows it. */
        public String valueOf(PolicyField field) {
            Object value = at(inForce, field.path());
            return value == null ? "" : value instanceof BigDecimal number ? number.toPlainString() : value.toString();
        }
    }

    @SuppressWarnings("unchecked")
    public Policies policies(SignedInUser user) {
        List<Map<String, Object>> versions = new ArrayList<>();
        platform.list(user, POLICIES, Map.class).forEach(version -> versions.add(0, version));
        return new Policies(versions, inForce(user));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> inForce(SignedInUser user) {
        return platform.find(user, POLICIES + "/in-force", Map.class).orElse(Map.of());
    }

    /**
     * Publishes the version in force changed by {@code form} (by parameter name); a value that is not a number where
     * one is needed is refused here, beside its field, before anything is sent.
     */
    public Map<String, Object> publish(SignedInUser user, Map<String, String> form) {
        Map<String, Object> draft = copy(inForce(user));
        draft.remove("region");
        draft.remove("version");
        List<PlatformRefusal.FieldError> notNumbers = new ArrayList<>();
        for (PolicyField field : FIELDS) {
            String value = Optional.ofNullable(form.get(field.formName())).map(String::strip).orElse("");
            if (!field.numeric()) {
                put(draft, field.path(), value.isEmpty() ? null : value);
                continue;
            }
            try {
                put(draft, field.path(), value.isEmpty() ? null : new BigDecimal(value.replace(',', '.')));
            } catch (NumberFormatException e) {
                notNumbers.add(new PlatformRefusal.FieldError(field.path(), value));
            }
        }
        if (!notNumbers.isEmpty()) {
            throw new PlatformRefusal(400, "not-a-number", null, null, notNumbers);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> published = platform.send(user, Platform.Command.post(POLICIES, draft), Map.class);
        return published;
    }

    /**
     * A refused draft's errors as the form shows them: by the form's parameter name beside its field, and those about
     * a part of the policy the form does not edit (carried from the version in force) above it.
     */
    public record PolicyErrors(Map<String, List<String>> byField, List<String> others) {

        public static PolicyErrors of(PlatformRefusal refusal) {
            Map<String, List<String>> byField = new LinkedHashMap<>();
            List<String> others = new ArrayList<>();
            for (PlatformRefusal.FieldError error : refusal.fieldErrors()) {
                Optional<PolicyField> field = FIELDS.stream().filter(f -> f.path().equals(error.field())).findFirst();
                field.ifPresentOrElse(f -> byField.computeIfAbsent(f.formName(), p -> new ArrayList<>())
                        .add(error.message()), () -> others.add(error.message()));
            }
            return new PolicyErrors(byField, others);
        }

        public List<String> forField(PolicyField field) {
            return byField.getOrDefault(field.formName(), List.of());
        }
    }

    /** A past period's results recomputed under the policy in force for it now. */
    public record Recomputed(String period, long policyVersion, int resultsRecomputed) {
    }

    public Recomputed recompute(SignedInUser user, String period, String reason) {
        return platform.send(user, Platform.Command.post("/api/rewards/periods/" + period + "/recomputation",
                Map.of("reason", reason == null ? "" : reason)), Recomputed.class);
    }

    /** An employee's evaluation period as reporting keeps it, or empty when it was never acted on. */
    public Optional<Period> period(SignedInUser user, String nip, String period) {
        return platform.find(user, PlatformReads.periodPath(nip, period), Period.class);
    }

    public Period lock(SignedInUser user, String nip, String period) {
        return platform.send(user, Platform.Command.post(PlatformReads.periodPath(nip, period) + "/lock", Map.of()),
                Period.class);
    }

    public Period reopen(SignedInUser user, String nip, String period, String reason) {
        return platform.send(user, Platform.Command.post(PlatformReads.periodPath(nip, period) + "/reopen",
                Map.of("reason", reason == null ? "" : reason)), Period.class);
    }

    @SuppressWarnings("unchecked")
    private static Object at(Map<String, Object> document, String path) {
        Object node = document;
        for (String name : path.split("\\.")) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = ((Map<String, Object>) map).get(name);
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> document, String path, Object value) {
        String[] names = path.split("\\.");
        Map<String, Object> node = document;
        for (int i = 0; i < names.length - 1; i++) {
            node = (Map<String, Object>) node.computeIfAbsent(names[i], name -> new LinkedHashMap<String, Object>());
        }
        node.put(names[names.length - 1], value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> copy(Map<String, Object> document) {
        Map<String, Object> copy = new LinkedHashMap<>();
        document.forEach((name, value) -> copy.put(name, value instanceof Map<?, ?> map
                ? copy((Map<String, Object>) map) : value));
        return copy;
    }
}
