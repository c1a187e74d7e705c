package org.kinerja.platform.test.faults;

import java.nio.file.Path;

import org.kinerja.platform.embedded.EmbeddedMongo;

/**
 * The embedded MongoDB wire-protocol server on an H2 file (data survives a restart) as a process of its own, for fault
 * tests: {@code <file> <port>}. Prints {@code READY <uri>}.
 */
public final class MongoProcess {

    private MongoProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedMongo mongo = EmbeddedMongo.persistent(Path.of(args[0]), Integer.parseInt(args[1]));
        System.out.println(ChildJvm.READY + " " + mongo.uri());
        Thread.currentThread().join();
    }
}
