package org.kinerja.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The AsyncAPI document read as the structure it is, against the platform's own list of topics and event types: each
 * topic a channel at its address, each event type a message whose headers name its type and schema and whose payload
 * is its schema file, each channel naming the messages of its topic. That it is valid AsyncAPI is for the AsyncAPI
 * parser itself (deploy/check.sh runs it in CI).
 */
class AsyncApiDocumentTest {

    private static Map<String, Object> channels;
    private static Map<String, Object> messages;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void read() throws IOException {
        try (Reader in = Files.newBufferedReader(Path.of("asyncapi.yaml"))) {
            Map<String, Object> document = new Yaml().load(in);
            channels = (Map<String, Object>) document.get("channels");
            messages = (Map<String, Object>) ((Map<String, Object>) document.get("components")).get("messages");
        }
    }

    @Test
    void everyTopicIsAChannelAtItsAddressAndAgenciesTopicsAreParameterised() {
        for (String topic : Topics.ALL) {
            assertThat(channels).as("channel " + topic).containsKey(topic);
            assertThat(map(channels.get(topic)).get("address")).as(topic).isEqualTo(topic);
        }
        for (String family : Topics.AGENCY_FAMILIES) {
            assertThat(channels).as("channel " + family).containsKey(family);
            assertThat(map(channels.get(family)).get("address")).isEqualTo(family + ".{agencyId}");
            assertThat(map(channels.get(family))).containsKey("parameters");
        }
        assertThat(channels).hasSize(Topics.ALL.size() + Topics.AGENCY_FAMILIES.size());
    }

    @ParameterizedTest(name = "{0} is a message of its topic's channel, with its type, schema id and schema file")
    @EnumSource(EventType.class)
    void everyEventTypeIsAMessageOfItsTopicsChannel(EventType type) {
        String name = messageName(type);
        Map<String, Object> message = map(messages.get(name));
        assertThat(message).as(name).isNotNull().containsEntry("name", type.type());
        Map<String, Object> headers = map(map(message.get("headers")).get("properties"));
        assertThat(map(headers.get("ce_type"))).containsEntry("const", type.type());
        assertThat(map(headers.get("ce_dataschema"))).containsEntry("const", type.schemaId());
        String schema = (String) map(map(message.get("payload")).get("schema")).get("$ref");
        assertThat(schema).isEqualTo("./schemas/" + type.schemaFileName());
        assertThat(Path.of(schema)).exists();
        Map<String, Object> ofTopic = map(map(channels.get(type.topic())).get("messages"));
        assertThat(ofTopic).as("messages of " + type.topic()).containsKey(name);
        assertThat(map(ofTopic.get(name))).containsEntry("$ref", "#/components/messages/" + name);
    }

    @Test
    void everyMessageAChannelNamesIsDefined() {
        channels.forEach((topic, channel) -> map(map(channel).get("messages")).values().forEach(ref -> {
            String target = (String) map(ref).get("$ref");
            assertThat(messages).as(topic + " names " + target)
                    .containsKey(target.substring("#/components/messages/".length()));
        }));
    }

    @Test
    void everySchemaNamesItsOwnIdAsEventsDo() throws IOException {
        for (EventType type : EventType.values()) {
            assertThat(Files.readString(Path.of("schemas", type.schemaFileName())))
                    .contains("\"$id\": \"" + type.schemaId() + "\"");
        }
    }

    /** registry.unit.registered → RegistryUnitRegistered. */
    private static String messageName(EventType type) {
        StringBuilder name = new StringBuilder();
        String dotted = type.type().substring("kinerja.".length(), type.type().length() - ".v1".length());
        for (String part : dotted.split("[.-]")) {
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return name.toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
