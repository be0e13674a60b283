package org.oerfed.app;

import io.micronaut.runtime.Micronaut;

/** Starts OERfed: the HTTP API, the graph store, the search index and one harvest route per source. */
public final class Application {
    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.build(args).mainClass(Application.class).banner(false).start();
    }
}
