package org.kinerja.platform.embedded;

import java.util.List;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend with every collection's documents stored as BSON ({@link BsonDocumentType}) and its
 * unique indexes' keys ordered and stored without Java serialisation ({@link BsonKeyValueType}).
 * H2 keeps an opened map's types for the life of the store, so opening each collection's data map and index map with
 * these types just before the backend's own code opens it by name is enough: that code then gets the typed map. A data
 * folder written with the stock backend (Java serialization) cannot be read by this one; the local stack's data-format
 * number tells them apart. The store is committed between commands, never inside one ({@link CommitsBetweenCommands}).
 */
final class BsonH2Backend extends H2Backend {

    /** Where mongo-java-server's H2 backend keeps a collection's documents: "databases." + "db.collection". */
    private static final String DATA_MAP_PREFIX = "databases.";

    private final CommitsBetweenCommands commits;

    private BsonH2Backend(MVStore store) {
        super(store);
        this.commits = CommitsBetweenCommands.on(store);
    }

    static BsonH2Backend open(String file) {
        return new BsonH2Backend(CommitsBetweenCommands.openWithoutAutoCommit(file));
    }

    private static MVMap<Object, Document> openDataMap(MVStore store, String name) {
        return store.openMap(name, new MVMap.Builder<Object, Document>().valueType(BsonDocumentType.INSTANCE));
    }

    @Override
    public Document handleCommand(io.netty.channel.Channel channel, String databaseName, String command,
            Document query) {
        return commits.run(() -> HelloCommand.answer(command,
                name -> super.handleCommand(channel, databaseName, name, query)));
    }

    @Override
    public void close() {
        commits.close();
        super.close();
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new BsonH2Database(databaseName, getMvStore(), getCursorRegistry());
    }

    /**
     * An inner class on purpose: H2Database's constructor already opens the existing collections, before a field of
     * this class could be set, and the enclosing backend (whose store is set by then) is reachable from the start.
     */
    private final class BsonH2Database extends H2Database {

        BsonH2Database(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
            super(databaseName, store, cursorRegistry);
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                boolean sparse) {
            // The backend's own name for an index's map: the collection's namespace + "._index_" + the index name.
            getMvStore().openMap(getFullCollectionNamespace(collectionName) + "._index_" + indexName,
                    new MVMap.Builder<KeyValue, Object>().keyType(BsonKeyValueType.INSTANCE));
            return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            openDataMap(getMvStore(), DATA_MAP_PREFIX + getFullCollectionNamespace(collectionName));
            return super.openOrCreateCollection(collectionName, options);
        }
    }
}
