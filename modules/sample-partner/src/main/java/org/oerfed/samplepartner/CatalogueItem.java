package org.oerfed.samplepartner;

import io.gdcc.xoai.dataprovider.model.Item;
import io.gdcc.xoai.dataprovider.model.Set;
import io.gdcc.xoai.model.oaipmh.results.record.Metadata;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/** A sample record as XOAI's data provider sees it. */
final class CatalogueItem implements Item {

    private final SampleRecord record;

    CatalogueItem(SampleRecord record) {
        this.record = record;
    }

    @Override
    public String getIdentifier() {
        return record.identifier();
    }

    @Override
    public Instant getDatestamp() {
        return record.datestamp();
    }

    @Override
    public List<Set> getSets() {
        return record.sets().stream().map(Set::set).toList();
    }

    @Override
    public boolean isDeleted() {
        return record.deleted();
    }

    /**
     * The ready-made {@code oai_dc:dc} element. Handed over as a copy element so that XOAI writes it
     * verbatim instead of running it through an XSLT pipeline meant for its own intermediate format.
     */
    @Override
    public Metadata getMetadata() {
        byte[] xml = OaiDcDocument.of(record).getBytes(StandardCharsets.UTF_8);
        return Metadata.copyFromStream(new ByteArrayInputStream(xml));
    }
}
