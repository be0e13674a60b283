package org.oerfed.bench;

import java.net.URI;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.oerfed.core.harvest.HarvestRequest;
import org.oerfed.core.harvest.RecordPage;
import org.oerfed.core.source.SourceConfig;
import org.oerfed.core.source.SourceType;
import org.oerfed.harvest.oaipmh.OaiPmhHarvester;
import org.oerfed.harvest.oaipmh.OaiPmhSettings;

/** The harvester alone: pages fetched and parsed into records, then discarded; nothing normalised or stored. */
final class HarvesterOnly {

    record Result(long records, double seconds) {
    }

    Result run(URI baseUrl) {
        SourceConfig source = new SourceConfig("bench", "Benchmark partner", "FR", SourceType.OAI_PMH, baseUrl, "oai_dc", List.of(),
                Optional.empty());
        OaiPmhHarvester harvester = new OaiPmhHarvester(OaiPmhSettings.defaults().withHostInterval(Duration.ZERO));
        long start = System.nanoTime();
        long records = 0;
        Iterator<RecordPage> pages = harvester.pages(source, HarvestRequest.everything());
        while (pages.hasNext()) records += pages.next().records().size();
        return new Result(records, (System.nanoTime() - start) / 1e9);
    }
}
