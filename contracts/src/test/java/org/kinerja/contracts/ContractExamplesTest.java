package org.kinerja.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** Every golden example validates against its schema, every invalid one is refused, and the Java records match. */
class ContractExamplesTest {

    private static final Path EXAMPLES = Path.of("examples");

    @ParameterizedTest(name = "{0} has a schema and at least one golden example")
    @EnumSource(EventType.class)
    void everyTypeHasSchemaAndExamples(EventType type) {
        assertThat(Path.of("schemas", type.schemaFileName())).exists();
        assertThat(GoldenExamples.valid(type)).isNotEmpty();
    }

    @ParameterizedTest(name = "{0} {1} is valid")
    @MethodSource("validExamples")
    void goldenExampleValidates(EventType type, String name, JsonNode example) {
        assertThat(ContractSchemas.validate(type, example)).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} round-trips through its Java record")
    @MethodSource("validExamples")
    void goldenExampleRoundTripsThroughRecord(EventType type, String name, JsonNode example) {
        Record data = EventJson.read(EventJson.write(example), type.dataClass());
        JsonNode written = EventJson.mapper().readTree(EventJson.write(data));
        assertThat(written).isEqualTo(example);
        assertThat(ContractSchemas.validate(type, written)).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} is refused")
    @MethodSource("invalidExamples")
    void invalidExampleIsRefused(EventType type, String name, JsonNode example) {
        assertThat(ContractSchemas.validate(type, example)).isNotEmpty();
    }

    @Test
    void unparseablePayloadIsReportedNotThrown() {
        assertThat(ContractSchemas.validate(EventType.ACTIVITY_REPORTED, "{not json".getBytes()))
                .singleElement().asString().startsWith("payload is not valid JSON");
    }

    static Stream<Arguments> validExamples() {
        return Stream.of(EventType.values()).flatMap(type -> GoldenExamples.valid(type).entrySet().stream()
                .map(e -> Arguments.of(type, e.getKey(), e.getValue())));
    }

    static Stream<Arguments> invalidExamples() {
        return Stream.of(EventType.values()).flatMap(type -> GoldenExamples.invalid(type).entrySet().stream()
                .map(e -> Arguments.of(type, e.getKey(), e.getValue())));
    }

    @Test
    void examplesFolderHoldsOnlyKnownTypes() throws IOException {
        try (Stream<Path> dirs = Files.list(EXAMPLES)) {
            List<String> names = dirs.map(p -> p.getFileName().toString()).toList();
            assertThat(names).allSatisfy(name -> assertThat(EventType.fromType("kinerja." + name)).isPresent());
        }
    }
}
