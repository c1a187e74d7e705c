package org.kinerja.platform.kafka;

import java.util.concurrent.TimeoutException;

import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import org.apache.kafka.common.errors.RetriableException;
import org.kinerja.platform.events.EventPublisher;

/**
 * Failures that say "the infrastructure is not there right now" (database or broker unreachable), as opposed to "this
 * record is bad". For these a consumer waits and retries the same record for as long as it takes: dead-lettering a
 * good record because MongoDB restarted would lose it.
 */
public final class TransientFailures {

    private TransientFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof MongoSocketException || t instanceof MongoTimeoutException
                    || t instanceof MongoNotPrimaryException || t instanceof MongoNodeIsRecoveringException
                    || t instanceof RetriableException || t instanceof TimeoutException
                    || t instanceof EventPublisher.EventPublicationException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
