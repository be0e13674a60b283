package org.oerfed.store.files;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.oerfed.core.error.OerfedException;

/**
 * Reads and writes JSON files so that a crash at any instant leaves either the old or the new content: a
 * whole file is written beside its target, forced to disk and moved over it atomically; a line appended to
 * a JSON-lines file is forced to disk before the call returns, and a torn last line is ignored on reading.
 */
final class JsonFiles {
    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new Jdk8Module())
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    <T> Optional<T> read(Path file, Class<T> type) {
        if (!Files.exists(file)) return Optional.empty();
        try {
            return Optional.of(json.readValue(file.toFile(), type));
        } catch (IOException e) {
            throw OerfedException.setup("cannot read " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    void write(Path file, Object value) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                channel.write(java.nio.ByteBuffer.wrap(json.writeValueAsBytes(value)));
                channel.force(true);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw OerfedException.setup("cannot write " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    void append(Path file, List<?> values) {
        if (values.isEmpty()) return;
        try {
            Files.createDirectories(file.getParent());
            StringBuilder lines = new StringBuilder();
            for (Object value : values) lines.append(json.writeValueAsString(value)).append('\n');
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                channel.write(java.nio.ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8)));
                channel.force(true);
            }
        } catch (IOException e) {
            throw OerfedException.setup("cannot append to " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    <T> List<T> readLines(Path file, Class<T> type) {
        if (!Files.exists(file)) return List.of();
        List<T> values = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) continue;
                try {
                    values.add(json.readValue(line, type));
                } catch (JsonProcessingException e) {
                    // a line torn by a crash while appending; everything before it is intact
                }
            }
        } catch (IOException e) {
            throw OerfedException.setup("cannot read " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        return values;
    }
}
