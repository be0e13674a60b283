package org.oerfed.harvest.sitemap;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Chooses, among the JSON-LD blocks of one page, the object that describes the page's resource: the best ranked
 * by {@link CreativeWorkTypes}, the first in document order among equals. Objects are looked for at the top of
 * each block, in a top-level array, in a {@code @graph} array, and as the {@code mainEntity} of one of those.
 *
 * <p>Blocks are read leniently (comments, trailing commas, raw line breaks inside strings, which hand-written
 * pages have) but written back as strict JSON, so the normaliser never sees the leniency.
 */
final class JsonLdSelector {
    private static final List<String> MAIN_ENTITY_OF_PAGE = List.of("mainEntityOfPage", "schema:mainEntityOfPage",
            "http://schema.org/mainEntityOfPage", "https://schema.org/mainEntityOfPage");
    private static final List<String> DATE_MODIFIED = List.of("dateModified", "schema:dateModified",
            "http://schema.org/dateModified", "https://schema.org/dateModified");

    private final JsonMapper mapper = JsonMapper.builder(JsonFactory.builder()
                    // deeper nesting than any real description; bounds the work a hostile page can cause
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(100).build())
                    .build())
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .build();

    /**
     * What a page's blocks hold.
     *
     * @param jsonLd      the chosen description, if any object qualifies
     * @param unparseable how many blocks were not JSON
     */
    record Selection(Optional<PageJsonLd> jsonLd, int unparseable) {
    }

    /** One object that may describe the resource, and where it was found. */
    private record Candidate(ObjectNode node, JsonNode context, ArrayNode graph, int rank) {
    }

    /** @param pageUrl the page's URL, added as {@code mainEntityOfPage} where the object names none */
    Selection select(List<String> blocks, URI pageUrl) {
        Candidate best = null;
        int unparseable = 0;
        for (String block : blocks) {
            JsonNode root;
            try {
                root = mapper.readTree(block);
            } catch (JsonProcessingException e) {
                unparseable++;
                continue;
            }
            List<Candidate> candidates = new ArrayList<>();
            if (root != null && root.isArray()) {
                root.forEach(element -> objectCandidates(element, null, candidates));
            } else if (root != null) {
                objectCandidates(root, null, candidates);
            }
            for (Candidate candidate : candidates) {
                if (candidate.rank() < CreativeWorkTypes.NONE && (best == null || candidate.rank() < best.rank())) best = candidate;
            }
        }
        return new Selection(Optional.ofNullable(best).map(c -> describe(c, pageUrl)), unparseable);
    }

    /** The object itself, or the members of its {@code @graph}, and the {@code mainEntity} of each. */
    private static void objectCandidates(JsonNode node, JsonNode inheritedContext, List<Candidate> out) {
        if (!(node instanceof ObjectNode object)) return;
        JsonNode context = object.has("@context") ? object.get("@context") : inheritedContext;
        if (object.get("@graph") instanceof ArrayNode graph) {
            for (JsonNode member : graph) {
                if (member instanceof ObjectNode m) {
                    out.add(new Candidate(m, context, graph, CreativeWorkTypes.rank(m)));
                    mainEntity(m, context, out);
                }
            }
            return;
        }
        out.add(new Candidate(object, inheritedContext, null, CreativeWorkTypes.rank(object)));
        mainEntity(object, context, out);
    }

    private static void mainEntity(ObjectNode node, JsonNode context, List<Candidate> out) {
        if (node.get("mainEntity") instanceof ObjectNode entity) {
            out.add(new Candidate(entity, entity.has("@context") ? null : context, null, CreativeWorkTypes.rank(entity)));
        }
    }

    private PageJsonLd describe(Candidate chosen, URI pageUrl) {
        ObjectNode main = chosen.node().deepCopy();
        if (MAIN_ENTITY_OF_PAGE.stream().noneMatch(main::has)) {
            main.putObject("mainEntityOfPage").put("@id", pageUrl.toString());
        }
        ObjectNode document = mapper.createObjectNode();
        if (chosen.context() != null && !main.has("@context")) document.set("@context", chosen.context().deepCopy());
        if (chosen.graph() != null) {
            ArrayNode graph = document.putArray("@graph");
            graph.add(main);
            for (JsonNode member : chosen.graph()) {
                if (member != chosen.node()) graph.add(member.deepCopy());
            }
        } else {
            document.setAll(main);
        }
        return new PageJsonLd(document.toString(), absoluteId(chosen.node()), dateModified(chosen.node()));
    }

    private static Optional<String> absoluteId(ObjectNode node) {
        JsonNode id = node.has("@id") ? node.get("@id") : node.get("id");
        if (id == null || !id.isTextual() || id.asText().startsWith("_:")) return Optional.empty();
        try {
            URI uri = new URI(id.asText().strip());
            return uri.isAbsolute() ? Optional.of(uri.toString()) : Optional.empty();
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> dateModified(ObjectNode node) {
        for (String key : DATE_MODIFIED) {
            JsonNode value = node.get(key);
            if (value != null && value.isObject()) value = value.get("@value");
            if (value != null && value.isTextual()) return W3cDates.parse(value.asText());
        }
        return Optional.empty();
    }
}
