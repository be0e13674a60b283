package org.oerfed.bench;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Sends a list of requests to a target from a number of concurrent clients, each taking the next request
 * as soon as its previous one is answered (a closed loop, as users behind a portal are), and times each.
 */
final class LoadRunner {

    /**
     * @param target      what answers one request; a failure aborts the run
     * @param requests    the requests, sent in this order, cycled until {@code total} were sent
     * @param concurrency how many clients send at once
     * @param total       how many requests are timed
     */
    <Q> Latencies run(Consumer<Q> target, List<Q> requests, int concurrency, int total) throws Exception {
        long[] nanos = new long[total];
        AtomicInteger next = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        try {
            List<Future<?>> running = new java.util.ArrayList<>();
            for (int c = 0; c < concurrency; c++) {
                running.add(clients.submit(() -> {
                    for (int i; (i = next.getAndIncrement()) < total; ) {
                        Q request = requests.get(i % requests.size());
                        long began = System.nanoTime();
                        target.accept(request);
                        nanos[i] = System.nanoTime() - began;
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) client.get();
        } finally {
            clients.shutdownNow();
        }
        return Latencies.of(nanos, (System.nanoTime() - start) / 1e9);
    }
}
