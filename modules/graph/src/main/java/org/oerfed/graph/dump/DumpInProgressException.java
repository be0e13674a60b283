package org.oerfed.graph.dump;

/** A dump was asked for while another is being written; the caller may list the dumps once it is done. */
public final class DumpInProgressException extends RuntimeException {
    DumpInProgressException() {
        super("a dump is being written now; it will be listed when it is complete");
    }
}
