package org.oerfed.index.analysis;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.oerfed.core.search.Facet;
import org.oerfed.core.search.LocalizedText;
import org.oerfed.core.search.SearchDocument;
import org.oerfed.core.search.SearchField;

/**
 * The JSON both engines store a document as, and read it back from: the same document comes back.
 *
 * <p>The mapping is written out by hand, streamed with Jackson's generator and read on its tree model, rather
 * than bound by reflection, so that the stored form is the one below and does not change when a record gains a method:
 * <pre>{@code {"id":…, "title":…, "description":…, "url":…, "modified":"2024-05-01T10:00:00Z" (absent when unknown),
 *  "facets":{"<facet key>":["…"]}, "texts":[{"field":"<field key>","language":"fr","text":"…"}]}}</pre>
 * Facets and fields are stored by their keys. Reading skips facets and fields this version does not
 * know, so that an older service can still read an index a newer one wrote during a rolling upgrade.
 * Thread-safe.
 */
public final class DocumentJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public String write(SearchDocument document) {
        // streamed rather than built as a tree first: every document indexed passes through here
        StringWriter json = new StringWriter(512);
        try (JsonGenerator out = MAPPER.getFactory().createGenerator(json)) {
            out.writeStartObject();
            out.writeStringField("id", document.id());
            out.writeStringField("title", document.title());
            out.writeStringField("description", document.description());
            out.writeStringField("url", document.url());
            if (document.modified().isPresent()) out.writeStringField("modified", document.modified().get().toString());
            out.writeObjectFieldStart("facets");
            for (Facet facet : Facet.values()) {
                List<String> values = document.values(facet);
                if (values.isEmpty()) continue;
                out.writeArrayFieldStart(facet.key());
                for (String value : values) out.writeString(value);
                out.writeEndArray();
            }
            out.writeEndObject();
            out.writeArrayFieldStart("texts");
            for (LocalizedText text : document.texts()) {
                out.writeStartObject();
                out.writeStringField("field", text.field().key());
                out.writeStringField("language", text.language());
                out.writeStringField("text", text.text());
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
        } catch (IOException e) {
            // a StringWriter does not fail
            throw new UncheckedIOException("cannot write document " + document.id() + " as JSON", e);
        }
        return json.toString();
    }

    /** @throws IllegalArgumentException if the JSON is not a document as {@link #write} writes it */
    public SearchDocument read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("stored document is not JSON: " + e.getOriginalMessage(), e);
        }
        return read(root);
    }

    /**
     * Reads a document that arrived parsed already, as part of a larger answer (Elasticsearch's hits).
     *
     * @throws IllegalArgumentException if the JSON is not a document as {@link #write} writes it
     */
    public SearchDocument read(JsonNode root) {
        if (root == null || !root.isObject() || !root.path("id").isTextual()) {
            throw new IllegalArgumentException("stored document is not a JSON object with an id");
        }
        String id = root.get("id").asText();
        Optional<Instant> modified = Optional.empty();
        if (root.path("modified").isTextual()) {
            try {
                modified = Optional.of(Instant.parse(root.get("modified").asText()));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("stored document " + id + " has a bad modified date", e);
            }
        }
        Map<Facet, List<String>> facets = new EnumMap<>(Facet.class);
        for (Map.Entry<String, JsonNode> entry : root.path("facets").properties()) {
            Facet.fromKey(entry.getKey()).ifPresent(facet -> facets.put(facet, strings(entry.getValue())));
        }
        List<LocalizedText> texts = new ArrayList<>();
        for (JsonNode text : root.path("texts")) {
            Optional<SearchField> field = SearchField.fromKey(text.path("field").asText());
            if (field.isEmpty() || !text.path("text").isTextual()) continue;
            texts.add(new LocalizedText(field.get(), text.path("language").asText(""), text.get("text").asText()));
        }
        return new SearchDocument(id, text(root, "title"), text(root, "description"), text(root, "url"), modified,
                facets, texts);
    }

    private static String text(JsonNode root, String name) {
        return root.path(name).asText("");
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        for (JsonNode value : array) {
            if (value.isTextual()) values.add(value.asText());
        }
        return values;
    }
}
