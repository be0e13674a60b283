package org.oerfed.app;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells the operator where to search once the server listens. */
@Singleton
class StartupBanner {
    private static final Logger LOG = LoggerFactory.getLogger(StartupBanner.class);

    @EventListener
    void onStartup(ServerStartupEvent event) {
        String base = event.getSource().getURL().toString().replace("127.0.0.1", "localhost");
        LOG.info("OERfed is up. Search: {}/api/search?q=  SPARQL: {}/sparql  Health: {}/health", base, base, base);
    }
}
