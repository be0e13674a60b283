package org.oerfed.index.elasticsearch;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;
import org.oerfed.core.error.OerfedException;

/**
 * A call to the cluster, which the client lets fail with an {@link IOException} (unreachable, timed out, an
 * answer that is not Elasticsearch's) or an {@link ElasticsearchException} (an error the cluster returned).
 * Either is the operator's to fix, not a document's or a user's: {@link #run} classifies both as
 * {@link org.oerfed.core.error.Fault#SETUP}.
 */
@FunctionalInterface
interface ClusterCall<T> {

    T execute() throws IOException;

    /**
     * Runs the call.
     *
     * @param what names the operation and its index for the message, e.g. {@code "refresh of oerfed-read"}
     */
    static <T> T run(String what, ClusterCall<T> call) {
        try {
            return call.execute();
        } catch (IOException e) {
            throw OerfedException.setup("Elasticsearch unreachable or failing: " + what + ": " + e.getMessage(), e);
        } catch (ElasticsearchException e) {
            throw OerfedException.setup("Elasticsearch refused " + what + ": " + e.getMessage(), e);
        }
    }

    /** Whether the cluster answered that the index, alias or template does not exist. */
    static boolean isNotFound(ElasticsearchException e) {
        return e.status() == 404;
    }

    static boolean isAlreadyExists(ElasticsearchException e) {
        return "resource_already_exists_exception".equals(e.error().type());
    }
}
