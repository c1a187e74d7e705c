package org.kinerja.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A subject-access export the console produced (its JSON document), read back: the kinds it holds, and where in it
 * another person appears.
 */
final class PersonalDataExport {

    /**
     * The fields in which another person may appear in someone's export: as who rates them or oversees them, or as
     * who acted on their data (gave feedback, took a decision in the trail), or as the RHK of their penilai that an
     * RHK of theirs supports (its id names the penilai's SKP).
     */
    private static final Set<String> ACTING_PERSON = Set.of("penilaiId", "atasanPenilaiId", "givenBy", "subject",
            "onBehalfOf", "by", "parentRhkId");

    private final JsonNode document;
    private final String text;

    private PersonalDataExport(JsonNode document, String text) {
        this.document = document;
        this.text = text;
    }

    static PersonalDataExport of(ConsoleBrowser.Download download) {
        assertThat(download.status()).as(new String(download.body())).isEqualTo(200);
        assertThat(download.contentType()).startsWith("application/json");
        String text = new String(download.body(), java.nio.charset.StandardCharsets.UTF_8);
        return new PersonalDataExport(JsonMapper.builder().build().readTree(text), text);
    }

    String requestedBy() {
        return document.path("requestedBy").asString();
    }

    List<JsonNode> kind(String key) {
        List<JsonNode> records = new ArrayList<>();
        JsonNode data = document.path("data").path(key);
        if (data.isArray()) {
            data.forEach(records::add);
        } else if (!data.isMissingNode() && !data.isNull()) {
            records.add(data);
        }
        return records;
    }

    /** The export is of {@code nip}, names them, has every kind, and some data in each of {@code present}. */
    void holdsEachKind(String nip, String name, String... present) {
        assertThat(document.path("format").asString()).isEqualTo("kinerja.subject-access.v1");
        assertThat(document.path("employeeId").asString()).isEqualTo(nip);
        assertThat(document.path("name").asString()).isEqualTo(name);
        assertThat(document.path("data").propertyNames()).containsExactly("employee", "skps",
                "reports", "realisations", "feedback", "evaluations", "objections", "scores", "tpp", "angkaKredit",
                "rewards", "coaching", "followUps", "auditEntries");
        for (String key : present) {
            assertThat(kind(key)).as(key + " of " + nip).isNotEmpty();
            assertThat(kind(key)).as("every record of " + key + " is about " + nip)
                    .allSatisfy(record -> ownedBy(record, nip));
        }
    }

    /** Another person is nowhere in it but as who rates or acted: not their name, no record of theirs. */
    void holdsNothingOf(String nip, String other, String otherName) {
        assertThat(text).as("the name of " + other).doesNotContain(otherName);
        List<String> where = new ArrayList<>();
        find(document.path("data"), other, "data", where);
        assertThat(where).as("where " + other + " appears in the export of " + nip)
                .allSatisfy(path -> assertThat(ACTING_PERSON).contains(path.substring(path.lastIndexOf('.') + 1)));
    }

    private static void ownedBy(JsonNode record, String nip) {
        for (String field : List.of("employeeId", "nip")) {
            if (record.has(field)) {
                assertThat(record.path(field).asString()).as(field).isEqualTo(nip);
            }
        }
        if (record.path("report").has("employeeId")) {
            assertThat(record.path("report").path("employeeId").asString()).isEqualTo(nip);
        }
    }

    /** Each path (fields joined by dots, array items left out) whose value contains {@code value}. */
    private static void find(JsonNode node, String value, String path, List<String> where) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                find(field.getValue(), value, path + "." + field.getKey(), where);
            }
        } else if (node.isArray()) {
            node.forEach(item -> find(item, value, path, where));
        } else if (node.asString("").contains(value)) {
            where.add(path);
        }
    }
}
