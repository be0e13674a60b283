package org.oerfed.index.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * <p>The mapping is written out by hand on Jackson's tree model rather than bound by reflection, so that the
 * stored form is the one below and does not change when a record gains a method:
 * <pre>{@code {"id":…, "title":…, "description":…, "url":…, "modified":"2024-05-01T10:00:00Z" (absent when unknown),
 *  "facets":{"<facet key>":["…"]}, "texts":[{"field":"<field key>","language":"fr","text":"…"}]}}</pre>
 * Facets and fields are stored by their keys. Reading skips facets and fields this version does not
 * know, so that an older service can still read an index a newer one wrote during a rolling upgrade.
 * Thread-safe.
 */
public final class DocumentJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public String write(SearchDocument document) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("id", document.id());
        root.put("title", document.title());
        root.put("description", document.description());
        root.put("url", document.url());
        document.modified().ifPresent(modified -> root.put("modified", modified.toString()));
        ObjectNode facets = root.putObject("facets");
        for (Facet facet : Facet.values()) {
            List<String> values = document.values(facet);
            if (values.isEmpty()) continue;
            ArrayNode array = facets.putArray(facet.key());
            values.forEach(array::add);
        }
        ArrayNode texts = root.putArray("texts");
        for (LocalizedText text : document.texts()) {
            texts.addObject()
                    .put("field", text.field().key())
                    .put("language", text.language())
                    .put("text", text.text());
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            // a tree of strings always serialises
            throw new IllegalStateException("cannot write document " + document.id() + " as JSON", e);
        }
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
