package org.kinerja.platform.embedded;

import java.util.function.Function;

import de.bwaldvogel.mongo.bson.Document;

/**
 * The MongoDB handshake and health command "hello" (its name since MongoDB 4.4; Spring Boot's health indicator asks
 * it), which mongo-java-server knows only by its older name, isMaster: without it every service's health on the
 * embedded server is DOWN. The answer is isMaster's, with the field hello adds.
 */
final class HelloCommand {

    private HelloCommand() {
    }

    /**
     * A backend's answer to a command, {@code backend} being its own command handling by name: hello is answered as
     * isMaster, with the field hello adds; any other command as the backend answers it.
     */
    static Document answer(String command, Function<String, Document> backend) {
        if (!"hello".equalsIgnoreCase(command)) {
            return backend.apply(command);
        }
        Document reply = new Document(backend.apply("isMaster"));
        reply.put("isWritablePrimary", Boolean.TRUE);
        return reply;
    }
}
