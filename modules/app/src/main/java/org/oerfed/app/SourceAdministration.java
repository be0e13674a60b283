package org.oerfed.app;

import jakarta.inject.Singleton;
import org.oerfed.core.source.SourceAdmin;
import org.oerfed.core.source.SourceConfig;
import org.oerfed.pipeline.harvest.RecordIngester;
import org.oerfed.pipeline.source.SourceFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Source changes from the admin API: the sources folder first (what a restart will read), then the routes. */
@Singleton
class SourceAdministration implements SourceAdmin {
    private static final Logger LOG = LoggerFactory.getLogger(SourceAdministration.class);
    private final SourceFolder folder;
    private final HarvestRoutes routes;
    private final RecordIngester ingester;

    SourceAdministration(SourceFolder folder, HarvestRoutes routes, RecordIngester ingester) {
        this.folder = folder;
        this.routes = routes;
        this.ingester = ingester;
    }

    @Override
    public SourceConfig put(String id, String yaml) {
        SourceConfig source = folder.put(id, yaml);
        routes.put(source);
        LOG.info("Source '{}' configured through the admin API ({})", id, source.url());
        return source;
    }

    @Override
    public boolean remove(String id, boolean purgeRecords) {
        if (!folder.remove(id)) return false;
        routes.remove(id);
        long purged = purgeRecords ? ingester.removeAll(id) : 0;
        LOG.info("Source '{}' removed through the admin API{}", id, purgeRecords ? "; " + purged + " records purged" : "");
        return true;
    }
}
