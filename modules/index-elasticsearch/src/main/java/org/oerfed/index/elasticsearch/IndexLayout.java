package org.oerfed.index.elasticsearch;

import java.util.OptionalInt;

/**
 * The names of everything the adapter keeps in the cluster, derived from the configured name. Searches go to
 * the read alias and writes to the write alias; both point at one physical index, made from the index
 * template whenever a rebuild starts, and numbered by generation.
 *
 * <p>Physical names put the mapping version and the generation after dots ({@code oerfed.v2.7}). Configured
 * names have no dot, so the template's pattern {@code oerfed.v2.*} cannot match another name's indices
 * ({@code oerfed-test.v2.*}), and Elasticsearch, which refuses overlapping patterns of equal priority,
 * accepts both templates in one cluster.
 *
 * @param name the configured name; also the name of the single concrete index of the first (alias-less)
 *             version of this adapter
 */
record IndexLayout(String name) {

    String readAlias() {
        return name + "-read";
    }

    String writeAlias() {
        return name + "-write";
    }

    String templateName() {
        return name + "-v" + IndexTemplate.MAPPING_VERSION;
    }

    /** Matches every physical index of this mapping version. */
    String physicalPattern() {
        return physicalPrefix() + "*";
    }

    String physical(int generation) {
        return physicalPrefix() + generation;
    }

    /** The generation of a physical index of this version; empty for any other name. */
    OptionalInt generationOf(String index) {
        if (!index.startsWith(physicalPrefix())) return OptionalInt.empty();
        String generation = index.substring(physicalPrefix().length());
        if (generation.isEmpty() || generation.length() > 9 || !generation.chars().allMatch(Character::isDigit)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(generation));
    }

    /** The concrete index the alias-less first version of this adapter kept everything in. */
    String legacyIndex() {
        return name;
    }

    private String physicalPrefix() {
        return name + ".v" + IndexTemplate.MAPPING_VERSION + ".";
    }
}
