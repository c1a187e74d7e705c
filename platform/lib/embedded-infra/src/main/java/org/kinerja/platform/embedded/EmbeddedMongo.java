package org.kinerja.platform.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server speaking the MongoDB wire protocol inside this JVM (mongo-java-server), so services use the real MongoDB
 * driver against it. Persistent (an H2 file of BSON documents, data survives a restart) for the local stack; in memory for tests. It has
 * no transactions, replica set or change streams, which the platform does not rely on.
 */
public final class EmbeddedMongo implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);

    private final MongoServer server;
    private final String uri;

    private EmbeddedMongo(MongoServer server, String uri) {
        this.server = server;
        this.uri = uri;
    }

    public static EmbeddedMongo persistent(Path file, int port) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return start(BsonH2Backend.open(file.toAbsolutePath().toString()), port, file.toString());
    }

    public static EmbeddedMongo inMemory() {
        return start(new HelloAwareMemoryBackend(), 0, "memory");
    }

    /** The in-memory backend answering "hello" as the persistent one does (see {@link HelloCommand}). */
    private static final class HelloAwareMemoryBackend extends MemoryBackend {

        @Override
        public Document handleCommand(io.netty.channel.Channel channel, String databaseName, String command,
                Document query) {
            return HelloCommand.answer(command, name -> super.handleCommand(channel, databaseName, name, query));
        }
    }

    private static EmbeddedMongo start(MongoBackend backend, int port, String where) {
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", port);
        InetSocketAddress address = server.getLocalAddress();
        String uri = "mongodb://127.0.0.1:" + address.getPort();
        log.info("MongoDB wire-protocol server ready on {} ({})", uri, where);
        return new EmbeddedMongo(server, uri);
    }

    public String uri() {
        return uri;
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
