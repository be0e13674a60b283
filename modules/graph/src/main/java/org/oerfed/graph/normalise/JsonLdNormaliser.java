package org.oerfed.graph.normalise;

import com.apicatalog.jsonld.JsonLdOptions;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.graph.GraphMemFactory;
import org.oerfed.core.error.OerfedException;
import org.oerfed.core.harvest.HarvestedRecord;
import org.oerfed.graph.vocab.Schema;

/**
 * Maps schema.org/LRMI JSON-LD (format {@value #METADATA_PREFIX}: one JSON-LD document as JSON text, as the
 * sitemap harvester delivers a page's, or as a partner publishes an AMB record) into the graph:
 * <ol>
 *   <li>the contexts OERfed knows (schema.org's, AMB's; see {@link KnownJsonLdContexts}) are replaced by bundled
 *       inline ones; any other remote context, or {@code @import}, fails the record (RECORD): nothing is ever
 *       fetched while normalising;</li>
 *   <li>the document's main object is chosen ({@link JsonLdMainObject}: a LearningResource, else a CreativeWork,
 *       …) and the document is read as JSON-LD 1.1 by Jena (Titanium), relative IRIs resolved against its
 *       {@code mainEntityOfPage}, else the record's identifier when that is a web URL;</li>
 *   <li>what it says about the main object, and about every node reachable from it, is copied onto the
 *       resource OERfed minted ({@link JsonLdDescriptionCopier}: languages, licences, URLs and dates normalised);
 *       the object's own {@code @id}, when it has one, becomes {@code schema:sameAs}, and, when the description
 *       gives no {@code schema:url}, its {@code mainEntityOfPage} (else its {@code @id}) web URL becomes it.</li>
 * </ol>
 * A record that is not JSON, holds no such object, needs an unknown remote context, is not valid JSON-LD, or
 * whose object has no {@code schema:name}, fails with a RECORD fault naming the source and record.
 */
public final class JsonLdNormaliser implements Normaliser {
    /** The format this normaliser reads. */
    public static final String METADATA_PREFIX = "schema-jsonld";
    /** JSON nesting deeper than any real description; refused before parsing, which recurses. */
    private static final int MAX_DEPTH = 100;

    private final int maxChars;
    private final LicenseUris licences;
    private final KnownJsonLdContexts contexts = new KnownJsonLdContexts();
    private final JsonLdMainObject mainObject = new JsonLdMainObject();
    private final JsonLdDescriptionCopier copier;

    /**
     * @param languages normalises {@code schema:inLanguage}
     * @param licences  normalises {@code schema:license}
     * @param maxChars  the largest document accepted, in characters
     */
    public JsonLdNormaliser(LanguageCodes languages, LicenseUris licences, int maxChars) {
        if (maxChars < 1) throw new IllegalArgumentException("maxChars must be positive, was " + maxChars);
        this.maxChars = maxChars;
        this.licences = licences;
        this.copier = new JsonLdDescriptionCopier(languages, licences);
    }

    /** {@value #METADATA_PREFIX}. */
    @Override
    public String metadataPrefix() {
        return METADATA_PREFIX;
    }

    /** @throws OerfedException RECORD when the metadata cannot be read as said above */
    @Override
    public void describe(HarvestedRecord record, Resource resource) {
        String metadata = record.metadata().orElseThrow(() -> new IllegalArgumentException("a deleted record has no metadata"));
        JsonValue document = contexts.inline(json(record, metadata));
        JsonLdMainObject.Marked marked = mainObject.mark(document).orElseThrow(() -> fault(record,
                "JSON-LD has no object typed LearningResource, CreativeWork or a CreativeWork type OERfed federates ("
                        + JsonLdMainObject.typesOf(document) + "), expected one to describe", null));
        Model parsed = rdf(record, marked.document(), base(record, marked.object()));
        Property mark = parsed.createProperty(JsonLdMainObject.MARK);
        List<Resource> mains = parsed.listResourcesWithProperty(mark).toList();
        if (mains.isEmpty()) {
            throw fault(record, "JSON-LD's main object gives no statements once read as JSON-LD; expected schema.org terms,"
                    + " with a @context that defines them", null);
        }
        Resource main = mains.get(0);
        copier.copy(main, resource, mark);

        Model m = resource.getModel();
        if (main.isURIResource()) resource.addProperty(Schema.sameAs, m.createResource(main.getURI()));
        if (!resource.hasProperty(Schema.url)) {
            Optional.ofNullable(resource.getPropertyResourceValue(Schema.mainEntityOfPage))
                    .or(() -> Optional.ofNullable(main.isURIResource() ? main : null))
                    .filter(Resource::isURIResource).map(Resource::getURI).filter(licences::isWebUrl)
                    .ifPresent(url -> resource.addProperty(Schema.url, m.createResource(url)));
        }
        if (!resource.hasProperty(Schema.name)) {
            throw fault(record, "JSON-LD's main object has no name, expected schema:name", null);
        }
    }

    private JsonValue json(HarvestedRecord record, String metadata) {
        if (metadata.length() > maxChars) {
            throw fault(record, "JSON-LD of " + metadata.length() + " characters exceeds the limit of " + maxChars, null);
        }
        if (JsonDepth.exceeds(metadata, MAX_DEPTH)) {
            throw fault(record, "JSON-LD nests deeper than " + MAX_DEPTH + " levels, expected a description", null);
        }
        try (JsonReader reader = Json.createReader(new StringReader(metadata))) {
            return reader.readValue();
        } catch (JsonException e) {
            throw fault(record, "metadata is not JSON: " + e.getMessage(), e);
        }
    }

    /** Where relative IRIs point: the page the description is on, else the record's identifier if it is a web URL. */
    private Optional<String> base(HarvestedRecord record, JsonObject main) {
        JsonValue page = main.get("mainEntityOfPage");
        if (page instanceof JsonObject object) page = object.containsKey("@id") ? object.get("@id") : object.get("id");
        if (page instanceof JsonString url && licences.isWebUrl(url.getString())) return Optional.of(url.getString().strip());
        return licences.isWebUrl(record.identifier()) ? Optional.of(record.identifier().strip()) : Optional.empty();
    }

    private Model rdf(HarvestedRecord record, JsonValue document, Optional<String> base) {
        RemoteContextRefusal loader = new RemoteContextRefusal();
        Graph graph = GraphMemFactory.createDefaultGraph();
        try {
            RDFParser.create()
                    .fromString(document.toString())
                    .lang(Lang.JSONLD11)
                    .base(base.orElse(null))
                    // options per parse: Jena sets the base on them, and the loader remembers what it refused
                    .set(LangJSONLD11.JSONLD_OPTIONS, new JsonLdOptions(loader))
                    .errorHandler(ERRORS_ONLY)
                    .parse(new StreamRDFBase() {
                        @Override
                        public void triple(Triple triple) {
                            graph.add(triple);
                        }

                        @Override
                        public void quad(Quad quad) {
                            // a document with a top-level @id and @graph puts its nodes in a named graph; one record is one graph
                            graph.add(quad.asTriple());
                        }
                    });
        } catch (RiotException e) {
            if (loader.refused().isPresent()) {
                throw fault(record, "JSON-LD needs the remote context " + loader.refused().get() + ", which OERfed does not fetch;"
                        + " expected schema.org's or AMB's context, or an inline one", e);
            }
            throw fault(record, "metadata is not valid JSON-LD: " + e.getMessage(), e);
        }
        return ModelFactory.createModelForGraph(graph);
    }

    private static OerfedException fault(HarvestedRecord record, String message, Throwable cause) {
        return OerfedException.record(record.sourceId(), record.identifier(), message, cause);
    }

    /** Warnings (an odd IRI, an unknown datatype) keep the record; errors fail it. */
    private static final ErrorHandler ERRORS_ONLY = new ErrorHandler() {
        @Override
        public void warning(String message, long line, long col) {
            // kept: what the warning is about still reaches the graph as the document says it
        }

        @Override
        public void error(String message, long line, long col) {
            throw new RiotException(message);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new RiotException(message);
        }
    };
}
