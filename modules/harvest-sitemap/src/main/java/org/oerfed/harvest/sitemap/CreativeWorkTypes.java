package org.oerfed.harvest.sitemap;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.oerfed.core.schema.ResourceTypes;

/**
 * Which JSON-LD objects describe a resource OERfed federates, and which best: a {@code LearningResource} (or
 * {@code Course}, {@code Quiz}, {@code Syllabus}) first; then a {@code CreativeWork} or one of the subtypes
 * below that an educational resource is published as; last a {@code WebPage} that carries LRMI properties, as
 * LRMI's own examples describe lessons. A plain {@code WebPage}, {@code WebSite}, {@code Organization},
 * {@code BreadcrumbList} and the like, which most pages carry for search engines, are not resources.
 *
 * <p>Types are read as written in the JSON ({@code @type}, or {@code type} where a profile such as AMB aliases
 * it), bare ({@code Course}) or as schema.org IRIs or compact IRIs ({@code schema:Course}). The rules are
 * {@link ResourceTypes}', which the graph module's {@code JsonLdNormaliser} follows too.
 */
final class CreativeWorkTypes {
    /** No type OERfed federates. */
    static final int NONE = ResourceTypes.NONE;

    private CreativeWorkTypes() {
    }

    /** 0 for a learning resource, 1 for another creative work, 2 for an educational web page, else {@link #NONE}. */
    static int rank(JsonNode node) {
        if (!node.isObject()) return NONE;
        List<String> properties = new ArrayList<>();
        node.fieldNames().forEachRemaining(properties::add);
        return ResourceTypes.rank(types(node), properties);
    }

    private static List<String> types(JsonNode node) {
        JsonNode type = node.has("@type") ? node.get("@type") : node.get("type");
        List<String> types = new ArrayList<>();
        if (type == null) return types;
        if (type.isTextual()) types.add(type.asText());
        if (type.isArray()) type.forEach(t -> {
            if (t.isTextual()) types.add(t.asText());
        });
        return types;
    }
}
