package org.oerfed.index.analysis;

import org.oerfed.core.search.SearchDocument;

/** Turns a document into what both engines index. Thread-safe. */
public final class DocumentAnalysis {

    private final TextAnalysis analysis;

    public DocumentAnalysis(TextAnalysis analysis) {
        this.analysis = analysis;
    }

    public AnalysedDocument analyse(SearchDocument document) {
        throw new UnsupportedOperationException("not yet");
    }
}
