package org.oerfed.harvest.sitemap;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which JSON-LD objects describe a resource OERfed federates, and which best: a {@code LearningResource} (or
 * {@code Course}, {@code Quiz}, {@code Syllabus}) first; then a {@code CreativeWork} or one of the subtypes
 * below that an educational resource is published as; last a {@code WebPage} that carries LRMI properties, as
 * LRMI's own examples describe lessons. A plain {@code WebPage}, {@code WebSite}, {@code Organization},
 * {@code BreadcrumbList} and the like, which most pages carry for search engines, are not resources.
 *
 * <p>Types are read as written in the JSON ({@code @type}, or {@code type} where a profile such as AMB aliases
 * it), bare ({@code Course}) or as schema.org IRIs or compact IRIs ({@code schema:Course}). The graph module's
 * {@code JsonLdNormaliser} picks the same object by the same rules.
 */
final class CreativeWorkTypes {
    /** No type OERfed federates. */
    static final int NONE = Integer.MAX_VALUE;

    private static final Set<String> LEARNING_RESOURCES = Set.of("LearningResource", "Course", "Quiz", "Syllabus");
    private static final Set<String> CREATIVE_WORKS = Set.of(
            "CreativeWork", "Article", "ScholarlyArticle", "Book", "Chapter", "Thesis", "Report", "Guide", "HowTo",
            "Manuscript", "DigitalDocument", "TextDigitalDocument", "PresentationDigitalDocument",
            "SpreadsheetDigitalDocument", "Dataset", "MediaObject", "VideoObject", "AudioObject", "ImageObject",
            "3DModel", "Clip", "Episode", "PodcastEpisode", "PodcastSeries", "Movie", "Map", "Atlas", "Collection",
            "SoftwareSourceCode", "Game", "Drawing", "Photograph", "Poster");
    private static final Set<String> LRMI_PROPERTIES = Set.of(
            "learningResourceType", "educationalAlignment", "educationalLevel", "educationalUse", "teaches",
            "assesses", "competencyRequired", "typicalAgeRange", "educationalFramework");
    private static final List<String> SCHEMA_PREFIXES = List.of("http://schema.org/", "https://schema.org/", "schema:");

    private CreativeWorkTypes() {
    }

    /** 0 for a learning resource, 1 for another creative work, 2 for an educational web page, else {@link #NONE}. */
    static int rank(JsonNode node) {
        if (!node.isObject()) return NONE;
        List<String> types = types(node);
        if (types.stream().anyMatch(LEARNING_RESOURCES::contains)) return 0;
        if (types.stream().anyMatch(CREATIVE_WORKS::contains)) return 1;
        if (types.contains("WebPage") && hasLrmiProperty(node)) return 2;
        return NONE;
    }

    private static List<String> types(JsonNode node) {
        JsonNode type = node.has("@type") ? node.get("@type") : node.get("type");
        List<String> types = new ArrayList<>();
        if (type == null) return types;
        if (type.isTextual()) types.add(bare(type.asText()));
        if (type.isArray()) type.forEach(t -> {
            if (t.isTextual()) types.add(bare(t.asText()));
        });
        return types;
    }

    private static boolean hasLrmiProperty(JsonNode node) {
        for (var names = node.fieldNames(); names.hasNext(); ) {
            if (LRMI_PROPERTIES.contains(bare(names.next()))) return true;
        }
        return false;
    }

    /** "Course" for "Course", "schema:Course", "http://schema.org/Course" and "https://schema.org/Course". */
    static String bare(String name) {
        String n = name.strip();
        for (String prefix : SCHEMA_PREFIXES) {
            if (n.startsWith(prefix)) return n.substring(prefix.length());
        }
        return n;
    }
}
