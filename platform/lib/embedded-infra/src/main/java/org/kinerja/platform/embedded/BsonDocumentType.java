package org.kinerja.platform.embedded;

import java.nio.ByteBuffer;

import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * Stores the embedded MongoDB server's documents in H2 as BSON, the encoding they travel in on the wire, instead of
 * H2's default for unknown types, Java serialization: an H2 page is rewritten whole when one of its documents changes,
 * and serialising its documents with {@code ObjectOutputStream} was 62 % of the server's CPU under load.
 */
final class BsonDocumentType extends BasicDataType<Document> {

    static final BsonDocumentType INSTANCE = new BsonDocumentType();

    /** H2 sizes its page cache by these estimates; an exact figure would cost an encoding per call. */
    private static final int BASE_MEMORY = 128;
    private static final int MEMORY_PER_FIELD = 96;

    private BsonDocumentType() {
    }

    @Override
    public int getMemory(Document document) {
        return BASE_MEMORY + MEMORY_PER_FIELD * document.size();
    }

    @Override
    public void write(WriteBuffer target, Document document) {
        target.put(BsonBytes.encode(document));
    }

    @Override
    public Document read(ByteBuffer source) {
        return BsonBytes.decode(source);
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }
}
