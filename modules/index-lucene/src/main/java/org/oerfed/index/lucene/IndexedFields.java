package org.oerfed.index.lucene;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.BytesRef;
import org.oerfed.core.search.Facet;
import org.oerfed.core.search.SearchDocument;

/** How a {@link SearchDocument} is laid out in Lucene fields, and read back from them. */
final class IndexedFields {

    /** Exact key for updates and deletes; doc values for sorting by id. */
    static final String ID = "id";
    static final String TITLE = "title";
    static final String DESCRIPTION = "description";
    static final String URL = "url";

    private IndexedFields() {
    }

    static Document toLucene(SearchDocument document) {
        Document lucene = new Document();
        lucene.add(new StringField(ID, document.id(), Field.Store.YES));
        lucene.add(new SortedDocValuesField(ID, new BytesRef(document.id())));
        lucene.add(new TextField(TITLE, document.title(), Field.Store.YES));
        lucene.add(new TextField(DESCRIPTION, document.description(), Field.Store.YES));
        lucene.add(new StoredField(URL, document.url()));
        for (String language : document.languages()) {
            addFacetValue(lucene, Facet.LANGUAGE, language);
        }
        addFacetValue(lucene, Facet.LICENSE, document.license());
        addFacetValue(lucene, Facet.SOURCE, document.source());
        return lucene;
    }

    /**
     * Blank values are left out: an unknown licence is no licence to filter or count by. The field is also
     * what is stored, so the document reads back without them, as it does from Elasticsearch.
     */
    private static void addFacetValue(Document lucene, Facet facet, String value) {
        if (value.isBlank()) return;
        lucene.add(new StringField(facet.key(), value, Field.Store.YES));
        lucene.add(new SortedSetDocValuesField(facet.key(), new BytesRef(value)));
    }

    static SearchDocument fromLucene(StoredFields storedFields, int docId) throws IOException {
        Document stored = storedFields.document(docId);
        return new SearchDocument(
                stored.get(ID),
                stored.get(TITLE),
                stored.get(DESCRIPTION),
                stored.get(URL),
                List.of(stored.getValues(Facet.LANGUAGE.key())),
                stored.get(Facet.LICENSE.key()),
                orEmpty(stored.get(Facet.SOURCE.key())));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
