package org.oerfed.pipeline.harvest;

import java.util.List;

/**
 * What storing one page did.
 *
 * @param stored  records stored (new or replaced)
 * @param deleted records removed because the source marked them deleted
 * @param errors  one line per record that could not be stored
 */
public record PageOutcome(int stored, int deleted, List<String> errors) {
    public PageOutcome {
        errors = List.copyOf(errors);
    }
}
