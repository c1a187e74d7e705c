package org.kinerja.platform.embedded;

import de.bwaldvogel.mongo.bson.Document;

/**
 * The MongoDB handshake and health command "hello" (its name since MongoDB 4.4; Spring Boot's health indicator asks
 * it), which mongo-java-server knows only by its older name, isMaster: without it every service's health on the
 * embedded server is DOWN. The answer is isMaster's, with the field hello adds.
 */
final class HelloCommand {

    private HelloCommand() {
    }

    static boolean is(String command) {
        return "hello".equalsIgnoreCase(command);
    }

    static Document answer(Document isMaster) {
        Document reply = new Document(isMaster);
        reply.put("isWritablePrimary", Boolean.TRUE);
        return reply;
    }
}
