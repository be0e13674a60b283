package org.oerfed.app;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.oerfed.graph.GraphStore;
import org.oerfed.graph.concepts.Vocabularies;
import org.oerfed.graph.concepts.VocabularyGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the bundled vocabularies into the graph store at startup, each as the named graph of its scheme, so
 * that SPARQL sees every concept's labels; a graph already stored with the same content is left alone.
 */
@Singleton
class VocabularyInstaller {
    private static final Logger LOG = LoggerFactory.getLogger(VocabularyInstaller.class);

    private final Vocabularies vocabularies;
    private final GraphStore store;

    VocabularyInstaller(Vocabularies vocabularies, GraphStore store) {
        this.vocabularies = vocabularies;
        this.store = store;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        for (VocabularyGraph graph : vocabularies.graphs()) {
            if (store.installVocabulary(graph)) {
                LOG.info("Installed the vocabulary {} ({} triples)", graph.graphUri(), graph.model().size());
            }
        }
    }
}
