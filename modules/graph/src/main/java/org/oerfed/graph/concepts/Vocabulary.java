package org.oerfed.graph.concepts;

/**
 * The controlled vocabularies OERfed normalises source values to. Each is a SKOS concept scheme written for
 * the project from its standard's codes, bundled with the service and stored in the graph as a named graph of
 * its own, so that SPARQL sees every concept's labels in every language.
 */
public enum Vocabulary {
    /** Creative Commons licences in every version (ported and IGO included), CC0, the Public Domain Mark, other open licences. */
    LICENCE("licence"),
    /** Languages: ISO 639-1, 639-2/B, 639-2/T, 639-3 and BCP 47 forms of one language are one concept. */
    LANGUAGE("language"),
    /** ISCED 2011 levels of education. */
    ISCED_LEVEL("isced-2011"),
    /** ISCED-F 2013 fields of education and training: broad, narrow, detailed. */
    ISCED_FIELD("isced-f-2013"),
    /** Learning resource types (LRMI/DCMI and HCRT, mapped to each other). */
    RESOURCE_TYPE("resource-type"),
    /** Educational audience roles (LRMI, LOM intendedEndUserRole). */
    AUDIENCE_ROLE("audience-role"),
    /** The UNESCO ICT Competency Framework for Teachers, version 3: 6 aspects by 3 levels, 18 modules. */
    ICT_CFT("ict-cft");

    /** Where every vocabulary of the project lives. */
    public static final String BASE = "https://w3id.org/oerfed/vocab/";

    /**
     * The languages every concept is labelled in wherever its standard gives the label: the six official
     * languages of the United Nations, Portuguese and German.
     */
    public static final java.util.List<String> LABEL_LANGUAGES = java.util.List.of("en", "fr", "es", "ar", "zh", "ru", "pt", "de");

    private final String id;

    Vocabulary(String id) {
        this.id = id;
    }

    /** The short name, also the last segment of the scheme URI and the name of its file. */
    public String id() {
        return id;
    }

    /** The concept scheme, also the name of the graph it is stored in. */
    public String schemeUri() {
        return BASE + id;
    }

    /** The URI of the concept with this notation (code) in the scheme. */
    public String conceptUri(String notation) {
        return BASE + id + "/" + notation;
    }
}
