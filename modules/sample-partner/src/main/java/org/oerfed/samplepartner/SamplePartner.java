package org.oerfed.samplepartner;

import com.sun.net.httpserver.HttpServer;
import io.gdcc.xoai.dataprovider.DataProvider;
import io.gdcc.xoai.dataprovider.model.Context;
import io.gdcc.xoai.dataprovider.model.MetadataFormat;
import io.gdcc.xoai.dataprovider.repository.Repository;
import io.gdcc.xoai.dataprovider.repository.RepositoryConfiguration;
import io.gdcc.xoai.model.oaipmh.DeletedRecord;
import io.gdcc.xoai.model.oaipmh.Granularity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A running sample partner: an OAI-PMH 2.0 endpoint at {@code /oai} on the loopback interface, serving
 * one {@link SampleCatalogue} in {@code oai_dc}. It declares {@code deletedRecord=persistent} and
 * second granularity (day-granular {@code from}/{@code until} are accepted too), and pages every list
 * verb at the page size it was started with.
 *
 * <p>Close it to free the port.
 */
public final class SamplePartner implements AutoCloseable {

    /** The path of the OAI-PMH endpoint. */
    public static final String PATH = "/oai";

    private static final String ADMIN_EMAIL = "oai-admin@oer.example.org";

    private final HttpServer server;
    private final ExecutorService executor;
    private final URI baseUrl;

    private SamplePartner(HttpServer server, ExecutorService executor, URI baseUrl) {
        this.server = server;
        this.executor = executor;
        this.baseUrl = baseUrl;
    }

    /**
     * Starts serving {@code catalogue}.
     *
     * @param catalogue what to serve
     * @param port      the loopback port to listen on; 0 picks a free one (see {@link #baseUrl()})
     * @param pageSize  how many records, identifiers or sets one response holds before a resumption
     *                  token is issued; at least 1
     * @return the running partner
     * @throws UncheckedIOException if the port cannot be bound
     */
    public static SamplePartner start(SampleCatalogue catalogue, int port, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1, was " + pageSize);
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("not a port: " + port);
        }
        InetAddress loopback = InetAddress.getLoopbackAddress();
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(loopback, port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + loopback.getHostAddress() + ":" + port, e);
        }
        URI baseUrl = baseUrl(loopback, server.getAddress().getPort());
        RepositoryConfiguration configuration = configuration(catalogue, baseUrl, pageSize);
        DataProvider dataProvider = new DataProvider(context(), repository(catalogue, configuration));

        ExecutorService executor = Executors.newFixedThreadPool(2, daemonThreads());
        server.setExecutor(executor);
        server.createContext(PATH, new OaiPmhExchangeHandler(PATH, dataProvider, configuration));
        server.start();
        return new SamplePartner(server, executor, baseUrl);
    }

    /** The OAI-PMH base URL, e.g. {@code http://127.0.0.1:8079/oai}. */
    public URI baseUrl() {
        return baseUrl;
    }

    /** Stops answering at once and frees the port. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static URI baseUrl(InetAddress host, int port) {
        try {
            return new URI("http", null, host.getHostAddress(), port, PATH, null, null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RepositoryConfiguration configuration(SampleCatalogue catalogue, URI baseUrl, int pageSize) {
        Instant earliest = catalogue.records().stream()
                .map(SampleRecord::datestamp)
                .min(Comparator.naturalOrder())
                .orElse(Instant.EPOCH);
        return new RepositoryConfiguration.RepositoryConfigurationBuilder()
                .withRepositoryName("OERfed Sample Partner (fictitious OER, written for OERfed)")
                .withBaseUrl(baseUrl.toString())
                .withAdminEmail(ADMIN_EMAIL)
                .withEarliestDate(earliest)
                .withDeleteMethod(DeletedRecord.PERSISTENT)
                .withGranularity(Granularity.Lenient)
                .withMaxListRecords(pageSize)
                .withMaxListIdentifiers(pageSize)
                .withMaxListSets(pageSize)
                .build();
    }

    private static Context context() {
        return Context.context().withMetadataFormat(MetadataFormat.metadataFormat("oai_dc")
                .withNamespace(OaiDcDocument.OAI_DC_NS)
                .withSchemaLocation(OaiDcDocument.OAI_DC_SCHEMA)
                .withTransformer(MetadataFormat.identity()));
    }

    private static Repository repository(SampleCatalogue catalogue, RepositoryConfiguration configuration) {
        return new Repository(configuration)
                .withItemRepository(new CatalogueItemRepository(catalogue))
                .withSetRepository(new CatalogueSetRepository(catalogue));
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "sample-partner-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
