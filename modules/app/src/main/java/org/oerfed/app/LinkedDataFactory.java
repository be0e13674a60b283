package org.oerfed.app;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.oerfed.graph.GraphStore;
import org.oerfed.graph.ResourceDescriptions;
import org.oerfed.graph.ResourceIds;
import org.oerfed.graph.dump.DumpFolder;
import org.oerfed.graph.dump.DumpWriter;
import org.oerfed.graph.linkeddata.VoidDescription;

/** Linked data about the whole dataset: its public addresses, its VoID description and its dumps. */
@Factory
class LinkedDataFactory {

    /** Every address is under the base URI the resources are minted under, which is the public one. */
    @Singleton
    VoidDescription.Addresses addresses(ResourceIds ids) {
        String resources = ids.resourceUri("");
        String base = resources.substring(0, resources.length() - "resource/".length());
        return new VoidDescription.Addresses(base, base + "void#dataset", base + "sparql", base + "dumps/");
    }

    @Singleton
    DumpWriter dumpWriter(GraphStore store, ResourceDescriptions descriptions, ResourceIds ids, OerfedSettings settings,
                          DumpSettings dumps, Clock clock) {
        return new DumpWriter(store, descriptions, ids, new DumpFolder(settings.dataDir().resolve("dumps")), clock, dumps.keep());
    }

    @Singleton
    VoidDescription voidDescription(GraphStore store, VoidDescription.Addresses addresses, DumpWriter dumps, Clock clock,
                                    LinkedDataSettings settings) {
        return new VoidDescription(store, addresses, () -> dumps.folder().list().stream()
                .flatMap(d -> d.files().stream())
                .map(f -> new VoidDescription.DataDump(addresses.dumpsBase() + f.name()))
                .toList(), clock, settings.maxAge());
    }

}
