package org.oerfed.core.schema;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Which schema.org objects describe a resource OERfed federates, and which best: a {@code LearningResource}
 * (or {@code Course}, {@code Quiz}, {@code Syllabus}) first; then a {@code CreativeWork} or one of the
 * subtypes an educational resource is published as; last a {@code WebPage} that carries LRMI properties, as
 * LRMI's own examples describe lessons. A plain {@code WebPage}, {@code WebSite}, {@code Organization} and the
 * like, which most pages carry for search engines, are not resources. The sitemap harvester and the JSON-LD
 * normaliser both choose by these rules, each on its own JSON library.
 */
public final class ResourceTypes {
    /** The rank of an object that describes no resource OERfed federates. */
    public static final int NONE = Integer.MAX_VALUE;

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

    private ResourceTypes() {
    }

    /**
     * 0 for a learning resource, 1 for another creative work, 2 for an educational web page, else {@link #NONE}.
     *
     * @param types      the object's types as written ({@code Course}, {@code schema:Course} or an IRI)
     * @param properties the names of the object's properties, as written
     */
    public static int rank(Collection<String> types, Collection<String> properties) {
        List<String> bareTypes = types.stream().map(ResourceTypes::bare).toList();
        if (bareTypes.stream().anyMatch(LEARNING_RESOURCES::contains)) return 0;
        if (bareTypes.stream().anyMatch(CREATIVE_WORKS::contains)) return 1;
        if (bareTypes.contains("WebPage") && properties.stream().map(ResourceTypes::bare).anyMatch(LRMI_PROPERTIES::contains)) return 2;
        return NONE;
    }

    /** "Course" for "Course", "schema:Course", "http://schema.org/Course" and "https://schema.org/Course". */
    public static String bare(String name) {
        String n = name.strip();
        for (String prefix : SCHEMA_PREFIXES) {
            if (n.startsWith(prefix)) return n.substring(prefix.length());
        }
        return n;
    }
}
