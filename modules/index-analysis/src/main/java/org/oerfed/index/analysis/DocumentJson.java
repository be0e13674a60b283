package org.oerfed.index.analysis;

import org.oerfed.core.search.SearchDocument;

/** The JSON both engines store a document as, and read it back from: the same document comes back. */
public final class DocumentJson {

    public String write(SearchDocument document) {
        throw new UnsupportedOperationException("not yet");
    }

    public SearchDocument read(String json) {
        throw new UnsupportedOperationException("not yet");
    }
}
