package org.oerfed.store.files;

import java.nio.file.Path;
import java.util.List;
import org.oerfed.core.harvest.DeadLetter;
import org.oerfed.core.harvest.DeadLetters;

/** Dead letters as one JSON-lines file per source, each line a record with its raw payload. */
public final class FileDeadLetters implements DeadLetters {
    private final HarvestStateFolder folder;
    private final JsonFiles files = new JsonFiles();

    /** @param root the harvest state folder, e.g. {@code data/harvest} */
    public FileDeadLetters(Path root) {
        this.folder = new HarvestStateFolder(root);
    }

    @Override
    public void put(DeadLetter letter) {
        files.append(folder.deadLetters(letter.sourceId()), List.of(letter));
    }

    @Override
    public List<DeadLetter> of(String sourceId) {
        return files.readLines(folder.deadLetters(sourceId), DeadLetter.class);
    }
}
