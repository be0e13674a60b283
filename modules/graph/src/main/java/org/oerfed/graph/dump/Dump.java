package org.oerfed.graph.dump;

import java.time.Instant;
import java.util.List;

/**
 * One dump of the whole graph, taken from one consistent snapshot.
 *
 * @param id        the dump's name, the common stem of its files: {@code oerfed-<yyyy-MM-dd'T'HHmmss'Z'>}
 * @param created   when the snapshot was taken
 * @param records   how many named graphs (source records and vocabularies) the N-Quads file holds
 * @param resources how many resources the JSON-LD lines file holds, one a line
 * @param files     the N-Quads file, then the JSON-LD lines file
 */
public record Dump(String id, Instant created, long records, long resources, List<DumpFile> files) {
    public Dump {
        files = List.copyOf(files);
    }
}
