package org.oerfed.api;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.oerfed.graph.sparql.AcceptHeader;

/**
 * The representations of a linked-data document, with the media types each is asked for by, and the file
 * extension that asks for it in a URL. HTML is rendered by the caller; the others are RDF syntaxes.
 */
enum RdfRepresentation {
    HTML("html", null, "text/html", "application/xhtml+xml"),
    JSON_LD("jsonld", RDFFormat.JSONLD11_PRETTY, "application/ld+json", "application/json"),
    TURTLE("ttl", RDFFormat.TURTLE_PRETTY, "text/turtle", "application/x-turtle"),
    RDF_XML("rdf", RDFFormat.RDFXML_PRETTY, "application/rdf+xml"),
    N_TRIPLES("nt", RDFFormat.NTRIPLES, "application/n-triples");

    private final String extension;
    private final RDFFormat format;
    private final List<String> mediaTypes;

    RdfRepresentation(String extension, RDFFormat format, String... mediaTypes) {
        this.extension = extension;
        this.format = format;
        this.mediaTypes = List.of(mediaTypes);
    }

    String extension() {
        return extension;
    }

    /** The media type it is served as, with its charset. */
    String contentType() {
        return mediaTypes.get(0) + ";charset=utf-8";
    }

    List<String> mediaTypes() {
        return mediaTypes;
    }

    byte[] write(Model model) {
        if (format == null) throw new IllegalStateException("HTML is rendered, not written by Jena");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, model, format);
        return out.toByteArray();
    }

    static Optional<RdfRepresentation> byExtension(String extension) {
        return Arrays.stream(values()).filter(r -> r.extension.equalsIgnoreCase(extension)).findFirst();
    }

    /** The best of {@code offered} for this Accept header, the first offered when every one is as welcome. */
    static Optional<RdfRepresentation> negotiate(String accept, List<RdfRepresentation> offered) {
        return new AcceptHeader(accept).choose(offered, RdfRepresentation::mediaTypes);
    }

    static String describe(List<RdfRepresentation> offered) {
        return offered.stream().map(r -> r.mediaTypes.get(0)).toList().toString();
    }
}
