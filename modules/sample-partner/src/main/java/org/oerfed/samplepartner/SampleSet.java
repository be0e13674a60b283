package org.oerfed.samplepartner;

import java.util.Objects;

/**
 * An OAI-PMH set the sample partner offers.
 *
 * @param spec the setSpec, as used in requests and record headers
 * @param name the human-readable name returned by ListSets
 */
public record SampleSet(String spec, String name) {

    public SampleSet {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(name, "name");
    }
}
