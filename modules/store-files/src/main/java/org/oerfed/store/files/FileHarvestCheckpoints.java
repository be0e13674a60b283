package org.oerfed.store.files;

import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.oerfed.core.harvest.HarvestCheckpoint;
import org.oerfed.core.harvest.HarvestCheckpoints;

/** Checkpoints as one JSON file per source, replaced atomically on every save. */
public final class FileHarvestCheckpoints implements HarvestCheckpoints {
    private final HarvestStateFolder folder;
    private final JsonFiles files = new JsonFiles();

    /** @param root the harvest state folder, e.g. {@code data/harvest} */
    public FileHarvestCheckpoints(Path root) {
        this.folder = new HarvestStateFolder(root);
    }

    @Override
    public synchronized HarvestCheckpoint load(String sourceId) {
        return files.read(folder.checkpoint(sourceId), HarvestCheckpoint.class).orElseGet(() -> HarvestCheckpoint.none(sourceId));
    }

    @Override
    public synchronized HarvestCheckpoint update(String sourceId, UnaryOperator<HarvestCheckpoint> change) {
        HarvestCheckpoint changed = change.apply(load(sourceId));
        if (!changed.sourceId().equals(sourceId)) throw new IllegalArgumentException("a checkpoint cannot change its source");
        files.write(folder.checkpoint(sourceId), changed);
        return changed;
    }
}
