package org.kinerja.platform.embedded;

import java.nio.ByteBuffer;
import java.util.Map;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/** BSON documents to bytes and back with mongo-java-server's own wire codec, for the H2 types of the embedded server. */
final class BsonBytes {

    private BsonBytes() {
    }

    static byte[] encode(Map<String, ?> document) {
        ByteBuf encoded = Unpooled.buffer(128);
        try {
            BsonEncoder.encodeDocument(document, encoded);
            byte[] bytes = new byte[encoded.readableBytes()];
            encoded.readBytes(bytes);
            return bytes;
        } finally {
            encoded.release();
        }
    }

    /** Reads the document at the buffer's position and moves past it (a BSON document starts with its length). */
    static Document decode(ByteBuffer source) {
        int length = Integer.reverseBytes(source.getInt(source.position()));
        ByteBuffer bytes = source.slice();
        bytes.limit(length);
        source.position(source.position() + length);
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bytes));
    }
}
