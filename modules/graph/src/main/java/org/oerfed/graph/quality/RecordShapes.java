package org.oerfed.graph.quality;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.vocabulary.RDFS;
import org.oerfed.core.error.OerfedException;

/**
 * The SHACL shapes of the target model, parsed and compiled once: validating a record then costs no parsing.
 * Each shape has a name and a message, which the quality report shows next to its counts.
 */
public final class RecordShapes {
    /** The shapes of the target model: what a record graph says it was validated against. */
    public static final String SHAPES_URI = "https://w3id.org/oerfed/shapes/record";
    /** The shapes bundled with OERfed. */
    public static final String BUNDLED = "/org/oerfed/graph/shapes/record.ttl";

    private final Shapes shapes;
    private final Map<String, Described> described;

    private RecordShapes(Model model) {
        this.shapes = Shapes.parse(model.getGraph());
        this.described = describe(model);
    }

    /** The shapes bundled with OERfed. */
    public static RecordShapes bundled() {
        return fromClasspath(BUNDLED);
    }

    /** Shapes from a Turtle resource on the class path. */
    public static RecordShapes fromClasspath(String resource) {
        try (InputStream in = RecordShapes.class.getResourceAsStream(resource)) {
            if (in == null) throw OerfedException.setup("the SHACL shapes " + resource + " are missing from the class path", null);
            Model model = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).parse(model);
            return new RecordShapes(model);
        } catch (IOException e) {
            throw OerfedException.setup("cannot read the SHACL shapes " + resource + ": " + e.getMessage(), e);
        }
    }

    /** The compiled shapes. */
    Shapes compiled() {
        return shapes;
    }

    /** The shapes graph, e.g. to publish it. */
    public Graph graph() {
        return shapes.getGraph();
    }

    /** The name, severity and message of the shape with this URI, if it is one of these shapes. */
    public Optional<Described> described(String shapeUri) {
        return Optional.ofNullable(described.get(shapeUri));
    }

    /** Every shape, by URI. */
    public Map<String, Described> all() {
        return described;
    }

    /**
     * What a shape says about itself.
     *
     * @param name     its {@code sh:name} or {@code rdfs:label}, in English where given
     * @param severity {@code Violation}, {@code Warning} or {@code Info}
     * @param message  its {@code sh:message}, in English where given
     */
    public record Described(String name, String severity, String message) {
    }

    private static Map<String, Described> describe(Model model) {
        Map<String, Described> described = new HashMap<>();
        model.listSubjects().forEachRemaining(shape -> {
            if (!shape.isURIResource() || !(shape.hasProperty(SHACLM.path) || shape.hasProperty(SHACLM.targetClass))) return;
            String name = text(shape, SHACLM.name).or(() -> text(shape, RDFS.label)).orElse(shape.getLocalName());
            Resource severity = shape.getPropertyResourceValue(SHACLM.severity);
            described.put(shape.getURI(), new Described(name, severity == null ? "Violation" : severity.getLocalName(),
                    text(shape, SHACLM.message).orElse("")));
        });
        return Map.copyOf(described);
    }

    private static Optional<String> text(Resource shape, Property property) {
        String english = null;
        String any = null;
        for (Statement statement : shape.listProperties(property).toList()) {
            if (!statement.getObject().isLiteral()) continue;
            String lang = statement.getLanguage();
            if (english == null && (lang.isEmpty() || lang.startsWith("en"))) english = statement.getString();
            if (any == null) any = statement.getString();
        }
        return Optional.ofNullable(english != null ? english : any);
    }

    /** Severity's local name, as the reports and the quality measure name it. */
    static String severityName(Node severity) {
        String uri = severity.getURI();
        return uri.substring(uri.lastIndexOf('#') + 1);
    }
}
