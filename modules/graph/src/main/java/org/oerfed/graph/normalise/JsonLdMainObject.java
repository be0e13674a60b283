package org.oerfed.graph.normalise;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.oerfed.core.schema.ResourceTypes;
import java.util.Optional;

/**
 * Finds, in a JSON-LD document, the object that describes the resource, and marks it so that it can be found
 * again among the triples the document becomes (where blank nodes have lost their place in the document).
 *
 * <p>The object is the best ranked of those at the top of the document, in a top-level array, in a {@code @graph}
 * array, or the {@code mainEntity} of one of those; the first in document order among equals. Best is a
 * {@code LearningResource} (or {@code Course}, {@code Quiz}, {@code Syllabus}); then a {@code CreativeWork} or one
 * of the subtypes below; last a {@code WebPage} carrying LRMI properties, as LRMI's own examples describe lessons.
 * A plain {@code WebPage}, {@code WebSite} or {@code Organization}, which most pages carry for search engines,
 * describes no resource. Types are read as written ({@code @type}, or {@code type} where a profile such as AMB
 * aliases it), bare or as schema.org (compact) IRIs. The sitemap harvester chooses the same object by the same
 * rules, so a record it delivers is read as it was chosen.
 */
final class JsonLdMainObject {
    /** The key of the mark: an absolute IRI, which no context can redefine as a keyword or alias. */
    static final String MARK = "https://w3id.org/oerfed/ns#describedByRecord";

    private static final int NONE = ResourceTypes.NONE;

    /**
     * The chosen object, and the document with it marked.
     *
     * @param object   the object as written
     * @param document the whole document, the object carrying {@link #MARK}
     */
    record Marked(JsonObject object, JsonValue document) {
    }

    /** The document with its main object marked, or empty when no object describes a resource. */
    Optional<Marked> mark(JsonValue document) {
        List<JsonObject> candidates = new ArrayList<>();
        if (document instanceof JsonArray array) array.forEach(member -> objectCandidates(member, candidates));
        else objectCandidates(document, candidates);
        JsonObject best = null;
        int bestRank = NONE;
        for (JsonObject candidate : candidates) {
            int rank = rank(candidate);
            if (rank < bestRank) {
                best = candidate;
                bestRank = rank;
            }
        }
        if (best == null) return Optional.empty();
        return Optional.of(new Marked(best, replace(document, best)));
    }

    /** A readable list of what the document holds, for a fault message. */
    static String typesOf(JsonValue document) {
        List<JsonObject> candidates = new ArrayList<>();
        if (document instanceof JsonArray array) array.forEach(member -> objectCandidates(member, candidates));
        else objectCandidates(document, candidates);
        List<String> types = new ArrayList<>();
        for (JsonObject candidate : candidates) types.add(types(candidate).isEmpty() ? "untyped" : String.join("/", types(candidate)));
        return types.isEmpty() ? "no node objects" : "objects typed " + types;
    }

    private static void objectCandidates(JsonValue value, List<JsonObject> out) {
        if (!(value instanceof JsonObject object)) return;
        if (object.get("@graph") instanceof JsonArray graph) {
            for (JsonValue member : graph) {
                if (member instanceof JsonObject m) {
                    out.add(m);
                    if (m.get("mainEntity") instanceof JsonObject entity) out.add(entity);
                }
            }
            return;
        }
        // a document that is only a context describes nothing
        if (object.keySet().stream().allMatch(key -> key.equals("@context"))) return;
        out.add(object);
        if (object.get("mainEntity") instanceof JsonObject entity) out.add(entity);
    }

    private static int rank(JsonObject node) {
        return ResourceTypes.rank(types(node), node.keySet());
    }

    private static List<String> types(JsonObject node) {
        JsonValue type = node.containsKey("@type") ? node.get("@type") : node.get("type");
        List<String> types = new ArrayList<>();
        if (type instanceof JsonString name) types.add(name.getString());
        if (type instanceof JsonArray names) {
            for (JsonValue t : names) if (t instanceof JsonString name) types.add(name.getString());
        }
        return types;
    }

    /** The tree with {@code target} (by identity) carrying the mark. */
    private static JsonValue replace(JsonValue value, JsonObject target) {
        if (value == target) return Json.createObjectBuilder(target).add(MARK, true).build();
        if (value instanceof JsonObject object) {
            JsonObjectBuilder copy = Json.createObjectBuilder();
            object.forEach((key, member) -> copy.add(key, replace(member, target)));
            return copy.build();
        }
        if (value instanceof JsonArray array) {
            JsonArrayBuilder copy = Json.createArrayBuilder();
            array.forEach(member -> copy.add(replace(member, target)));
            return copy.build();
        }
        return value;
    }
}
