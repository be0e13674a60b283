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
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A running sample partner: an OAI-PMH 2.0 endpoint at {@code /oai} on the loopback interface, serving
 * one {@link SampleCatalogue} in {@code oai_dc}. By default ({@link PartnerBehaviour#normal()}) it
 * declares {@code deletedRecord=persistent} and second granularity (day-granular {@code from}/{@code until}
 * are accepted too), and pages every list verb at the page size it was started with; a
 * {@link PartnerBehaviour} makes it declare otherwise or fail the way real partners do.
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
    private final OaiPmhExchangeHandler handler;

    private SamplePartner(HttpServer server, ExecutorService executor, URI baseUrl, OaiPmhExchangeHandler handler) {
        this.server = server;
        this.executor = executor;
        this.baseUrl = baseUrl;
        this.handler = handler;
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
        return start(catalogue, port, pageSize, PartnerBehaviour.normal());
    }

    /**
     * Starts serving {@code catalogue}, behaving as {@code behaviour} says.
     *
     * @param catalogue what to serve
     * @param port      the loopback port to listen on; 0 picks a free one (see {@link #baseUrl()})
     * @param pageSize  how many records, identifiers or sets one response holds; at least 1
     * @param behaviour what it declares and how it fails
     * @return the running partner
     * @throws UncheckedIOException if the port cannot be bound
     */
    public static SamplePartner start(SampleCatalogue catalogue, int port, int pageSize, PartnerBehaviour behaviour) {
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
        RepositoryConfiguration configuration = configuration(catalogue, baseUrl, pageSize, behaviour);
        DataProvider dataProvider = new DataProvider(context(), repository(catalogue, configuration, behaviour));

        // Enough threads that a deliberately slow answer does not hold up the next request.
        ExecutorService executor = Executors.newFixedThreadPool(4, daemonThreads());
        server.setExecutor(executor);
        OaiPmhExchangeHandler handler = new OaiPmhExchangeHandler(PATH, dataProvider, configuration, behaviour);
        server.createContext(PATH, handler);
        server.start();
        return new SamplePartner(server, executor, baseUrl, handler);
    }

    /** Every request the endpoint received so far, in arrival order. */
    public List<ReceivedRequest> requests() {
        return handler.received();
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

    private static RepositoryConfiguration configuration(SampleCatalogue catalogue, URI baseUrl, int pageSize,
                                                         PartnerBehaviour behaviour) {
        Instant earliest = catalogue.records().stream()
                .map(SampleRecord::datestamp)
                .min(Comparator.naturalOrder())
                .orElse(Instant.EPOCH);
        return new RepositoryConfiguration.RepositoryConfigurationBuilder()
                .withRepositoryName("OERfed Sample Partner (fictitious OER, written for OERfed)")
                .withBaseUrl(baseUrl.toString())
                .withAdminEmail(ADMIN_EMAIL)
                .withEarliestDate(earliest)
                .withDeleteMethod(DeletedRecord.valueOf(behaviour.deletedRecords().name()))
                // XOAI's Lenient declares seconds but also takes day-granular arguments, as many real
                // repositories do; Day declares, writes and accepts days only.
                .withGranularity(behaviour.granularity() == PartnerBehaviour.Granularity.DAY
                        ? Granularity.Day : Granularity.Lenient)
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

    private static Repository repository(SampleCatalogue catalogue, RepositoryConfiguration configuration,
                                         PartnerBehaviour behaviour) {
        boolean forgetsDeletions = behaviour.deletedRecords() == PartnerBehaviour.DeletedRecordPolicy.NO;
        return new Repository(configuration)
                .withItemRepository(new CatalogueItemRepository(catalogue, forgetsDeletions))
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
