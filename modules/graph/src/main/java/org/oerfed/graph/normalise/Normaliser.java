package org.oerfed.graph.normalise;

import org.apache.jena.rdf.model.Resource;
import org.oerfed.core.harvest.HarvestedRecord;

/**
 * Port: maps one metadata format into the target model (schema.org/LRMI, DC Terms where schema.org has no
 * term). One implementation per format.
 */
public interface Normaliser {

    /** The OAI-PMH metadata prefix this normaliser reads, e.g. {@code oai_dc}. */
    String metadataPrefix();

    /**
     * Describes {@code resource}, in its own model, from the record's metadata.
     *
     * @throws org.oerfed.core.error.OerfedException with fault RECORD when the metadata cannot be read
     */
    void describe(HarvestedRecord record, Resource resource);
}
