package org.oerfed.index.elasticsearch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.oerfed.core.search.Facet;
import org.oerfed.index.analysis.AnalysedDocument;
import org.oerfed.index.analysis.IndexFields;

/**
 * The {@code _source} of a document as mapped in the index template: its analysed fields, and the document
 * itself under {@link IndexFields#DOCUMENT} as an object the index keeps but does not look into. Made as bytes
 * here so that a bulk request's size is known before it is sent.
 */
final class DocumentSource {

    private static final JsonFactory JSON = new JsonFactory();

    private DocumentSource() {
    }

    static byte[] of(AnalysedDocument document) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(document.json().length() * 3);
        try (JsonGenerator out = JSON.createGenerator(bytes)) {
            out.writeStartObject();
            out.writeStringField(IndexFields.ID, document.id());
            for (Map.Entry<String, List<String>> field : document.textFields().entrySet()) {
                writeArray(out, field.getKey(), field.getValue());
            }
            for (Map.Entry<Facet, List<String>> facet : document.facets().entrySet()) {
                writeArray(out, IndexFields.facet(facet.getKey()), facet.getValue());
            }
            out.writeStringField(IndexFields.SORT_TITLE, document.sortTitle());
            if (document.modified().isPresent()) {
                out.writeNumberField(IndexFields.MODIFIED, document.modified().getAsLong());
            }
            out.writeFieldName(IndexFields.DOCUMENT);
            out.writeRawValue(document.json());
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing the source of document " + document.id(), e);
        }
        return bytes.toByteArray();
    }

    private static void writeArray(JsonGenerator out, String field, List<String> values) throws IOException {
        out.writeArrayFieldStart(field);
        for (String value : values) out.writeString(value);
        out.writeEndArray();
    }
}
