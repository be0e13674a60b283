package org.oerfed.index.lucene;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.oerfed.core.search.Facet;
import org.oerfed.core.search.SearchDocument;
import org.oerfed.index.analysis.AnalysedDocument;
import org.oerfed.index.analysis.DocumentJson;
import org.oerfed.index.analysis.IndexFields;

/**
 * How an {@link AnalysedDocument} is laid out in Lucene fields, mirroring the Elasticsearch mapping field for
 * field: text fields indexed with positions and norms (their tokens split by {@link AnalysedTokens}), facets as
 * exact terms with sorted-set doc values for counting, the id and sort title as sorted doc values, the
 * modification date as numeric doc values, and the document's JSON stored to give back.
 */
final class LuceneDocuments {

    private static final Set<String> STORED = Set.of(IndexFields.DOCUMENT);

    private final DocumentJson json;

    LuceneDocuments(DocumentJson json) {
        this.json = json;
    }

    static Term idTerm(String id) {
        return new Term(IndexFields.ID, id);
    }

    Document toLucene(AnalysedDocument document) {
        Document lucene = new Document();
        lucene.add(new StringField(IndexFields.ID, document.id(), Field.Store.NO));
        lucene.add(new SortedDocValuesField(IndexFields.ID, new BytesRef(document.id())));
        for (Map.Entry<String, List<String>> field : document.textFields().entrySet()) {
            for (String tokens : field.getValue()) {
                lucene.add(new TextField(field.getKey(), tokens, Field.Store.NO));
            }
        }
        for (Map.Entry<Facet, List<String>> facet : document.facets().entrySet()) {
            String name = IndexFields.facet(facet.getKey());
            for (String value : facet.getValue()) {
                lucene.add(new StringField(name, value, Field.Store.NO));
                lucene.add(new SortedSetDocValuesField(name, new BytesRef(value)));
            }
        }
        // Always present, if only empty: an empty title sorts first on both engines, not "missing".
        lucene.add(new SortedDocValuesField(IndexFields.SORT_TITLE, new BytesRef(document.sortTitle())));
        document.modified().ifPresent(ms -> lucene.add(new NumericDocValuesField(IndexFields.MODIFIED, ms)));
        lucene.add(new StoredField(IndexFields.DOCUMENT, document.json()));
        return lucene;
    }

    SearchDocument read(StoredFields storedFields, int docId) throws IOException {
        return json.read(storedFields.document(docId, STORED).get(IndexFields.DOCUMENT));
    }
}
