package org.oerfed.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The sample partner serving generated records in a JVM of its own, so that its catalogue does not count
 * against the heap of the harvest being measured.
 */
final class PartnerProcess implements AutoCloseable {
    private final Process process;
    private final URI baseUrl;

    private PartnerProcess(Process process, URI baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    static PartnerProcess start(Path partnerJar, int records, int pageSize, String heap) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-Xmx" + heap, "-jar", partnerJar.toString(), "--port", "0",
                "--generated", String.valueOf(records), "--page-size", String.valueOf(pageSize)))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        // a benchmark stopped with Ctrl-C must not leave its partner running
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy, "stop-sample-partner"));
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (line == null) {
            process.destroyForcibly();
            throw new IOException("the sample partner exited before printing its address; is " + partnerJar + " built?");
        }
        return new PartnerProcess(process, URI.create(line.strip()));
    }

    URI baseUrl() {
        return baseUrl;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly();
    }
}
