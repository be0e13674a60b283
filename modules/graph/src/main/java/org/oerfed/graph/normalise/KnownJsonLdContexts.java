package org.oerfed.graph.normalise;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The remote JSON-LD contexts partners name and OERfed knows without fetching them, each replaced, wherever a
 * document names it ({@code @context} as a string, in an array, or a scoped context inside a term definition), by
 * a small inline context bundled with OERfed:
 * <ul>
 *   <li>schema.org's ({@code http(s)://schema.org}, with or without a trailing slash, or
 *       {@code /docs/jsonldcontext.jsonld}): {@code @vocab} {@code http://schema.org/}, the {@code schema:}
 *       prefix, and the {@code id}/{@code type} aliases schema.org's context defines. schema.org's real context
 *       also coerces some properties to IRIs or dates; the normaliser does that itself where it matters (licences,
 *       URLs, dates), from the values, so nothing is lost that OERfed uses;</li>
 *   <li>the AMB profile's ({@code https://w3id.org/kim/amb/context.json} or {@code .jsonld}, also under
 *       {@code draft/}): the same, plus the SKOS terms AMB defines ({@code prefLabel} as a language map,
 *       {@code inScheme}, {@code Concept}).</li>
 * </ul>
 * Inline context entries next to them (an {@code @language}, prefixes) are kept as written.
 */
final class KnownJsonLdContexts {
    private final JsonObject schemaOrg = load("schema-org-context.json");
    private final JsonObject amb = load("amb-context.json");
    private final Map<String, JsonObject> byAddress = Map.of(
            "schema.org", schemaOrg,
            "schema.org/docs/jsonldcontext.jsonld", schemaOrg,
            "schema.org/docs/jsonldcontext.json", schemaOrg,
            "w3id.org/kim/amb/context.json", amb,
            "w3id.org/kim/amb/context.jsonld", amb,
            "w3id.org/kim/amb/draft/context.json", amb,
            "w3id.org/kim/amb/draft/context.jsonld", amb);

    /** The document with every known context URL replaced by its inline context. */
    JsonValue inline(JsonValue value) {
        if (value instanceof JsonObject object) {
            JsonObjectBuilder copy = Json.createObjectBuilder();
            object.forEach((key, member) -> copy.add(key, key.equals("@context") ? context(member) : inline(member)));
            return copy.build();
        }
        if (value instanceof JsonArray array) {
            JsonArrayBuilder copy = Json.createArrayBuilder();
            array.forEach(member -> copy.add(inline(member)));
            return copy.build();
        }
        return value;
    }

    /** A {@code @context} value: a URL, an inline context (whose term definitions may hold scoped contexts), or an array of them. */
    private JsonValue context(JsonValue value) {
        if (value instanceof JsonString url) return known(url.getString()).map(JsonValue.class::cast).orElse(value);
        if (value instanceof JsonArray array) {
            JsonArrayBuilder copy = Json.createArrayBuilder();
            array.forEach(member -> copy.add(context(member)));
            return copy.build();
        }
        return inline(value);
    }

    /** The inline replacement for a context URL, if OERfed knows the context. */
    Optional<JsonObject> known(String url) {
        String address = url.strip().toLowerCase(Locale.ROOT).replaceFirst("^https?://", "");
        while (address.endsWith("/")) address = address.substring(0, address.length() - 1);
        return Optional.ofNullable(byAddress.get(address));
    }

    private static JsonObject load(String name) {
        try (InputStream in = KnownJsonLdContexts.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException(name + " is missing from the classpath");
            try (JsonReader reader = Json.createReader(in)) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
