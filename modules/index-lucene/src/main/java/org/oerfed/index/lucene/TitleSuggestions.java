package org.oerfed.index.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.BytesRef;
import org.oerfed.core.search.SearchDocument;
import org.oerfed.core.search.Suggestion;

/**
 * Titles that match a suggestion plan, distinct by sort title (case and accents ignored), in title order;
 * of several documents with one title, the first by id stands for them.
 */
final class TitleSuggestions {

    /** Greater than every id: continuing after (title, this) skips every other document with that title. */
    private static final BytesRef AFTER_EVERY_ID = new BytesRef(new byte[] {(byte) 0xFF});

    private final LuceneDocuments documents;

    TitleSuggestions(LuceneDocuments documents) {
        this.documents = documents;
    }

    List<Suggestion> suggest(IndexSearcher searcher, Query titles, int size) throws IOException {
        List<Suggestion> suggestions = new ArrayList<>();
        StoredFields storedFields = searcher.storedFields();
        FieldDoc after = null;
        BytesRef lastTitle = null;
        while (suggestions.size() < size) {
            TopFieldDocs batch = searcher.search(titles,
                    new TopFieldCollectorManager(HitOrder.byTitle(), size, after, size));
            for (ScoreDoc hit : batch.scoreDocs) {
                BytesRef title = (BytesRef) ((FieldDoc) hit).fields[0];
                // Hits come in title order, so documents sharing a title are neighbours.
                if (title.equals(lastTitle)) continue;
                lastTitle = BytesRef.deepCopyOf(title);
                SearchDocument document = documents.read(storedFields, hit.doc);
                suggestions.add(new Suggestion(document.title(), Optional.empty(), document.id()));
                if (suggestions.size() == size) break;
            }
            if (batch.scoreDocs.length < size || lastTitle == null) break;
            after = new FieldDoc(Integer.MAX_VALUE, Float.NaN, new Object[] {lastTitle, AFTER_EVERY_ID});
        }
        return suggestions;
    }
}
