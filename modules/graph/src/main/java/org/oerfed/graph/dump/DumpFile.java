package org.oerfed.graph.dump;

/**
 * One file of a dump.
 *
 * @param name      the file name, e.g. {@code oerfed-2026-01-31T020000Z.nq.gz}
 * @param format    what the gzip'd content is: {@code application/n-quads} or {@code application/x-ndjson+ld}
 *                  (JSON-LD, one object per line)
 * @param bytes     the file's size
 * @param sha256    the SHA-256 of the file as served (gzip'd), in hex
 */
public record DumpFile(String name, String format, long bytes, String sha256) {
    /** Every dump file is served as this. */
    public static final String MEDIA_TYPE = "application/gzip";
}
