package org.oerfed.index.lucene;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
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
 * exact terms for filtering, the id as a term and sorted doc values, the sort title and the modification date
 * as doc values and as terms or points (so that sorting by them can skip documents that cannot make the page),
 * and the document's JSON stored to give back.
 *
 * <p>Every facet value of a document is also in one sorted-set doc values field, {@link #FACET_VALUES}, as
 * {@code <facet key>} U+001F {@code <value>}: counting the facets of a hit then reads one doc values entry instead of
 * one per facet, which is most of what counting costs (the layout of Lucene's own
 * {@code SortedSetDocValuesFacetField}). Each facet's values are neighbours in its ordinals.
 */
final class LuceneDocuments {

    /**
     * The version of this layout, kept in each index commit ({@link Generation}); an index of another version
     * is not read but started anew, and the caller told to reindex. Raise it with every change of fields.
     */
    static final String FIELDS_VERSION = "3";
    /** The facet values of a document, for counting: see the class comment. */
    static final String FACET_VALUES = "facet_values";
    /** Ends the facet key in {@link #FACET_VALUES}; no key holds it, so the first one is where the value starts. */
    static final char FACET_SEPARATOR = '\u001f';

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
                lucene.add(new SortedSetDocValuesField(FACET_VALUES, facetValue(facet.getKey(), value)));
            }
        }
        // Always present, if only empty: an empty title sorts first on both engines, not "missing".
        lucene.add(new StringField(IndexFields.SORT_TITLE, document.sortTitle(), Field.Store.NO));
        lucene.add(new SortedDocValuesField(IndexFields.SORT_TITLE, new BytesRef(document.sortTitle())));
        document.modified().ifPresent(ms -> {
            lucene.add(new LongPoint(IndexFields.MODIFIED, ms));
            lucene.add(new NumericDocValuesField(IndexFields.MODIFIED, ms));
        });
        lucene.add(new StoredField(IndexFields.DOCUMENT, document.json()));
        return lucene;
    }

    static BytesRef facetValue(Facet facet, String value) {
        return new BytesRef(facet.key() + FACET_SEPARATOR + value);
    }

    SearchDocument read(StoredFields storedFields, int docId) throws IOException {
        return json.read(storedFields.document(docId, STORED).get(IndexFields.DOCUMENT));
    }
}
