package org.oerfed.core.harvest;

import java.util.List;

/** Port: where records that could not be stored are kept. */
public interface DeadLetters {

    void put(DeadLetter letter);

    /** A source's dead letters, oldest first. */
    List<DeadLetter> of(String sourceId);
}
