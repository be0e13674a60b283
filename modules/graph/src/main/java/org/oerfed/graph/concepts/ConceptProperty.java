package org.oerfed.graph.concepts;

import java.util.List;
import java.util.Objects;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.oerfed.graph.vocab.Schema;

/**
 * A property whose values {@link ConceptLinker} links to the concepts of one vocabulary. After linking, a
 * literal left on such a property is a value no concept matched: what the quality report counts as unmapped.
 *
 * @param property   the property
 * @param vocabulary the vocabulary its values are concepts of
 * @param onAudience whether the property is on the resource's {@code schema:audience} nodes rather than on
 *                   the resource itself
 */
public record ConceptProperty(Property property, Vocabulary vocabulary, boolean onAudience) {
    /** {@code schema:educationalLevel}: levels of education, as ISCED 2011 levels. */
    public static final Property EDUCATIONAL_LEVEL = ResourceFactory.createProperty(Schema.NS, "educationalLevel");
    /** {@code schema:educationalRole}, on a {@code schema:audience} node: who the resource is for. */
    public static final Property EDUCATIONAL_ROLE = ResourceFactory.createProperty(Schema.NS, "educationalRole");

    /**
     * Every linked property. {@code schema:inLanguage} is not among them: it stays a BCP 47 literal, and its
     * language concept is added as {@code dct:language}, where the normalisers also keep a language they could
     * not read; {@code schema:keywords} stay free text.
     */
    public static final List<ConceptProperty> ALL = List.of(
            new ConceptProperty(Schema.learningResourceType, Vocabulary.RESOURCE_TYPE, false),
            new ConceptProperty(EDUCATIONAL_LEVEL, Vocabulary.ISCED_LEVEL, false),
            new ConceptProperty(Schema.about, Vocabulary.ISCED_FIELD, false),
            new ConceptProperty(EDUCATIONAL_ROLE, Vocabulary.AUDIENCE_ROLE, true),
            new ConceptProperty(Schema.license, Vocabulary.LICENCE, false),
            new ConceptProperty(DCTerms.language, Vocabulary.LANGUAGE, false));

    public ConceptProperty {
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(vocabulary, "vocabulary");
    }
}
