package org.kinerja.platform.mongo;

import java.nio.charset.StandardCharsets;

import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.kinerja.contracts.EventJson;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Maps records to MongoDB documents and back through their JSON form, the same mapping events use on the wire, so a
 * view document and the event it came from read the same. Fields a document holds beyond the record (such as
 * {@code _id}, {@code version} or an outbox) are ignored on the way back.
 */
public final class MongoJson {

    private static final JsonMapper READER = EventJson.mapper().rebuild()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

    private MongoJson() {
    }

    public static Document toDocument(Object value) {
        return Document.parse(new String(EventJson.write(value), StandardCharsets.UTF_8));
    }

    public static <T> T fromDocument(Document document, Class<T> type) {
        return READER.readValue(document.toJson(RELAXED), type);
    }
}
