package org.oerfed.core.source;

/** Port: adding, changing and removing sources while the service runs. */
public interface SourceAdmin {

    /**
     * Validates a source file's text and puts the source in place: stored as its file, its routes (re)started.
     *
     * @param id   the source's id, which the text must carry too
     * @param yaml the source file's text
     * @return the source
     * @throws InvalidSourceException listing every problem
     */
    SourceConfig put(String id, String yaml);

    /**
     * Removes a source: its file and its routes; with {@code purgeRecords}, also everything harvested from it,
     * from the graph and the index.
     *
     * @return whether there was such a source
     */
    boolean remove(String id, boolean purgeRecords);
}
