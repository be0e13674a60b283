package org.oerfed.index.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Where a page ended: the sort values of its last hit, the document id last. Opaque to users (URL-safe
 * Base64 without padding, of a JSON array of strings); each engine decides what its values are (e.g. the
 * score as a float's text) and reads back its own.
 *
 * @param values the sort values, as text; at most {@link #MAX_VALUES}
 */
public record Cursor(List<String> values) {

    /** Most values a cursor holds; sorts have two or three. */
    public static final int MAX_VALUES = 8;
    /** Longest encoded cursor accepted, in chars; far above any a sort makes (titles are cut at 256). */
    public static final int MAX_ENCODED_LENGTH = 8192;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public Cursor {
        values = List.copyOf(values);
        if (values.size() > MAX_VALUES) {
            throw new IllegalArgumentException("a cursor holds at most " + MAX_VALUES + " values, not " + values.size());
        }
    }

    public static Cursor of(String... values) {
        return new Cursor(List.of(values));
    }

    public String encode() {
        ArrayNode array = MAPPER.createArrayNode();
        values.forEach(array::add);
        try {
            byte[] json = MAPPER.writeValueAsBytes(array);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a cursor", e);
        }
    }

    /** @throws IllegalArgumentException naming the cursor if it is not one this service made */
    public static Cursor decode(String text) {
        if (text == null || text.isEmpty()) throw invalid("it is empty");
        if (text.length() > MAX_ENCODED_LENGTH) throw invalid("it is longer than " + MAX_ENCODED_LENGTH + " characters");
        byte[] json;
        try {
            json = Base64.getUrlDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw invalid("it is not URL-safe Base64");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(new String(json, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw invalid("it does not decode to a list of sort values");
        }
        if (root == null || !root.isArray() || root.size() > MAX_VALUES) {
            throw invalid("it does not decode to a list of at most " + MAX_VALUES + " sort values");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode value : root) {
            if (!value.isTextual()) throw invalid("its sort values are not all text");
            values.add(value.asText());
        }
        return new Cursor(values);
    }

    private static IllegalArgumentException invalid(String why) {
        return new IllegalArgumentException("cursor is not one this service made (" + why
                + "); use the nextCursor of a previous result, with the same query");
    }
}
