package org.oerfed.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The disk space a file or folder takes, and removing a folder. */
final class DiskUsage {
    private DiskUsage() {
    }

    /**
     * Bytes really used: TDB2 grows its files in sparse steps, so their length overstates what a database
     * takes. {@code du} counts the blocks, where there is one; elsewhere the files' length is the answer.
     */
    static long bytes(Path path) {
        try {
            Process du = new ProcessBuilder("du", "-sk", path.toAbsolutePath().toString()).redirectErrorStream(true).start();
            String out = new String(du.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (du.waitFor(60, TimeUnit.SECONDS) && du.exitValue() == 0) return Long.parseLong(out.strip().split("\\s+")[0]) * 1024;
        } catch (IOException | NumberFormatException e) {
            // no du here: the length below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
