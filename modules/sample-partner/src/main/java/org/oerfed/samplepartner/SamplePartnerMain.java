package org.oerfed.samplepartner;

import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the sample partner with the bundled catalogue until the process is interrupted or terminated:
 * {@code java -cp … org.oerfed.samplepartner.SamplePartnerMain --port 8079 [--page-size 10]}.
 * Prints the OAI-PMH base URL, alone on one line, on standard output once it is serving.
 */
public final class SamplePartnerMain {

    private SamplePartnerMain() {
    }

    /**
     * Starts serving and blocks until SIGINT or SIGTERM, then closes the server before the JVM exits.
     * Exits with status 2 on a bad command line.
     */
    public static void main(String[] args) throws InterruptedException {
        SamplePartnerOptions options;
        try {
            options = SamplePartnerOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(SamplePartnerOptions.USAGE);
            System.exit(2);
            return;
        }
        SampleCatalogue catalogue = options.generated() > 0 ? SampleCatalogue.generated(options.generated(), 0, java.time.Duration.ofMinutes(1)) : SampleCatalogue.bundled();
        SamplePartner partner = SamplePartner.start(catalogue, options.port(), options.pageSize());
        CountDownLatch closed = new CountDownLatch(1);
        // The JVM runs shutdown hooks on SIGINT and SIGTERM; closing there frees the port before exit.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            partner.close();
            closed.countDown();
        }, "sample-partner-shutdown"));
        // Only the base URL goes to standard output, so that scripts can read it as one line.
        System.out.println(partner.baseUrl());
        System.err.println("OERfed sample partner: " + catalogue.records().size() + " fictitious records, "
                + options.pageSize() + " per page; try " + partner.baseUrl() + "?verb=Identify; stop with Ctrl-C");
        closed.await();
    }
}
