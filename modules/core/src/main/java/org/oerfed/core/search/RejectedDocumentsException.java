package org.oerfed.core.search;

import java.util.Map;
import java.util.stream.Collectors;

/** Some documents of a write could not be indexed; the others were. Thrown by {@link SearchIndex#upsert}. */
public final class RejectedDocumentsException extends RuntimeException {

    private final Map<String, String> reasonsById;

    /**
     * @param engine      the engine that refused them, for the message
     * @param reasonsById why each document was refused, by document id
     */
    public RejectedDocumentsException(String engine, Map<String, String> reasonsById) {
        super(reasonsById.size() + " document(s) rejected by " + engine + ": " + reasonsById.entrySet().stream()
                .map(e -> e.getKey() + " (" + e.getValue() + ")")
                .collect(Collectors.joining("; ")));
        this.reasonsById = Map.copyOf(reasonsById);
    }

    /** Why each rejected document was rejected, by document id. */
    public Map<String, String> reasonsById() {
        return reasonsById;
    }
}
