package org.kinerja.audit.domain;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.kinerja.contracts.EventType;
import org.kinerja.contracts.events.AuditEntryRecorded.Actor;
import org.kinerja.contracts.events.CoachingCaseChanged;
import org.kinerja.contracts.events.EmployeeChanged;
import org.kinerja.contracts.events.EvaluationPeriodChanged;
import org.kinerja.contracts.events.FollowUpRecorded;
import org.kinerja.contracts.events.ObjectionChanged;
import org.kinerja.contracts.events.PlanStatusChanged;
import org.kinerja.contracts.events.RewardChanged;
import org.kinerja.contracts.events.TppCalculated;
import org.kinerja.contracts.events.TrainingNeedChanged;

/**
 * Which events are decisions, and what the trail records of each: its kind (the decision and, for workflows, the
 * status it reached), its subject, the employee and agency concerned, who decided and why. Reports, feedback and
 * scores are not decisions: they are the evidence, kept on their own topics. A provisional TPP (the month still open)
 * is not either: the final one is.
 */
public final class Decisions {

    /** The event types the trail records. */
    public static final Set<EventType> AUDITED = Set.of(
            EventType.REGIONAL_GOVERNMENT_REGISTERED, EventType.UNIT_REGISTERED, EventType.REGIONAL_LEADERSHIP_SET,
            EventType.EMPLOYEE_REGISTERED, EventType.EMPLOYEE_CHANGED, EventType.PLAN_STATUS_CHANGED,
            EventType.UNIT_PREDICATE_SET, EventType.SAKIP_EVALUATED, EventType.PERFORMANCE_AGREEMENT_SET,
            EventType.ACTIVITY_CORRECTED, EventType.ACTIVITY_RETRACTED, EventType.EVALUATION_PERIOD_CHANGED,
            EventType.OBJECTION_CHANGED, EventType.POLICY_PUBLISHED, EventType.PERIOD_RECOMPUTED,
            EventType.TPP_CALCULATED, EventType.ANGKA_KREDIT_CALCULATED, EventType.REWARD_CHANGED,
            EventType.COACHING_CASE_CHANGED, EventType.FOLLOW_UP_RECORDED, EventType.TRAINING_NEED_CHANGED);

    /** Fields that name who decided, in the order they are looked for when the event names no caller. */
    private static final List<String> DECIDED_BY = List.of("by", "approvedBy", "setBy", "evaluatedBy",
            "publishedBy", "correctedBy", "retractedBy");
    /** Fields that say why. */
    private static final List<String> REASONS = List.of("decisionNote", "reason", "note", "reviewNote");
    /** Names stay out of the trail's states (UU PDP minimisation): the ids say who. */
    private static final Set<String> LEFT_OUT = Set.of("name", "nip", "kepalaDaerahName");

    private Decisions() {
    }

    /** The decision an event records; empty when the event is not one. */
    public static Optional<Decision> of(EventType type, Record data, EventMeta meta) {
        if (!AUDITED.contains(type) || (data instanceof TppCalculated tpp && tpp.provisional())) {
            return Optional.empty();
        }
        Map<String, Object> fields = fields(data);
        Subject subject = subject(type, data, fields);
        String employeeId = text(fields, "employeeId");
        if (employeeId == null) {
            employeeId = text(fields, "headEmployeeId");
        }
        return Optional.of(new Decision(subject.kind(), subject.type(), subject.id(), employeeId,
                text(fields, "agencyId"), actor(fields, meta), after(fields), first(fields, REASONS),
                meta.time() == null ? Instant.EPOCH : meta.time(), meta.eventId(), meta.eventType(),
                meta.requestId()));
    }

    private record Subject(String kind, String type, String id) {
    }

    private static Subject subject(EventType type, Record data, Map<String, Object> f) {
        return switch (type) {
            case REGIONAL_GOVERNMENT_REGISTERED -> new Subject("region.registered", "region", text(f, "regionId"));
            case UNIT_REGISTERED -> new Subject("unit.registered", "unit", text(f, "unitId"));
            case REGIONAL_LEADERSHIP_SET -> new Subject("regional-leadership.set", "region", text(f, "regionId"));
            case EMPLOYEE_REGISTERED -> new Subject("employee.registered", "employee", text(f, "employeeId"));
            case EMPLOYEE_CHANGED -> new Subject("employee." + word(((EmployeeChanged) data).change()), "employee",
                    text(f, "employeeId"));
            case PLAN_STATUS_CHANGED -> new Subject("skp." + word(((PlanStatusChanged) data).status()), "skp",
                    text(f, "planId"));
            case UNIT_PREDICATE_SET -> new Subject("unit-predicate.set", "unit-predicate",
                    text(f, "unitId") + ":" + text(f, "period"));
            case SAKIP_EVALUATED -> new Subject("sakip.evaluated", "sakip", text(f, "agencyId") + ":" + text(f, "year"));
            case PERFORMANCE_AGREEMENT_SET -> new Subject("performance-agreement.set", "performance-agreement",
                    text(f, "agencyId") + ":" + text(f, "year"));
            case ACTIVITY_CORRECTED -> new Subject("report.corrected", "report", text(f, "reportId"));
            case ACTIVITY_RETRACTED -> new Subject("report.retracted", "report", text(f, "reportId"));
            case EVALUATION_PERIOD_CHANGED -> new Subject("evaluation."
                    + word(((EvaluationPeriodChanged) data).status()), "evaluation-period",
                    text(f, "employeeId") + ":" + text(f, "period"));
            case OBJECTION_CHANGED -> new Subject("objection." + word(((ObjectionChanged) data).status()),
                    "objection", text(f, "objectionId"));
            case POLICY_PUBLISHED -> new Subject("policy.published", "policy",
                    text(f, "regionId") + ":" + text(f, "version"));
            case PERIOD_RECOMPUTED -> new Subject("period.recomputed", "period",
                    text(f, "regionId") + ":" + text(f, "period"));
            case TPP_CALCULATED -> new Subject("tpp.calculated", "tpp", text(f, "employeeId") + ":" + text(f, "month"));
            case ANGKA_KREDIT_CALCULATED -> new Subject("angka-kredit.calculated", "angka-kredit",
                    text(f, "employeeId") + ":" + text(f, "year"));
            case REWARD_CHANGED -> new Subject("reward." + word(((RewardChanged) data).status()), "reward",
                    text(f, "rewardId"));
            case COACHING_CASE_CHANGED -> new Subject("coaching." + word(((CoachingCaseChanged) data).status()),
                    "coaching-case", text(f, "caseId"));
            case FOLLOW_UP_RECORDED -> new Subject("follow-up." + word(((FollowUpRecorded) data).kind()), "follow-up",
                    text(f, "followUpId"));
            case TRAINING_NEED_CHANGED -> new Subject("training-need." + word(((TrainingNeedChanged) data).status()),
                    "training-need", text(f, "needId"));
            default -> throw new IllegalArgumentException(type + " is not a decision");
        };
    }

    /**
     * The verified caller the event carries; else the field that names who decided (events of older services); else
     * the service itself, which decided by its rules.
     */
    private static Actor actor(Map<String, Object> fields, EventMeta meta) {
        String onBehalfOf = text(fields, "onBehalfOf");
        if (meta.actorSubject() != null) {
            return new Actor(meta.actorSubject(), meta.actorRoles(), onBehalfOf);
        }
        String by = first(fields, DECIDED_BY);
        if (by != null) {
            return new Actor(by, List.of(), onBehalfOf);
        }
        return new Actor("system:" + meta.service(), List.of("SYSTEM"), onBehalfOf);
    }

    private static Map<String, String> after(Map<String, Object> fields) {
        Map<String, String> after = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            if (!LEFT_OUT.contains(name) && isPlain(value)) {
                after.put(name, plain(value));
            }
        });
        return after;
    }

    private static boolean isPlain(Object value) {
        return value instanceof CharSequence || value instanceof Number || value instanceof Boolean
                || value instanceof Enum<?> || value instanceof TemporalAccessor;
    }

    private static String plain(Object value) {
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }

    private static Map<String, Object> fields(Record data) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (RecordComponent component : data.getClass().getRecordComponents()) {
            try {
                Object value = component.getAccessor().invoke(data);
                if (value != null) {
                    fields.put(component.getName(), value);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component.getName() + " of " + data, e);
            }
        }
        return fields;
    }

    private static String text(Map<String, Object> fields, String name) {
        Object value = fields.get(name);
        return value == null ? null : plain(value);
    }

    private static String first(Map<String, Object> fields, List<String> names) {
        return names.stream().map(name -> text(fields, name)).filter(v -> v != null && !v.isBlank()).findFirst()
                .orElse(null);
    }

    /** A status or change as a kind's last word: {@code IN_REVIEW} reads {@code in-review}. */
    private static String word(String value) {
        return value == null ? "changed" : value.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
