package org.oerfed.graph.sparql;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * The result formats the SPARQL endpoint offers, the first of each list being the default, and the short
 * names the {@code format} parameter accepts instead of a media type.
 */
public final class SparqlFormat {
    /** For SELECT and ASK. */
    public static final List<Lang> RESULTS = List.of(ResultSetLang.RS_JSON, ResultSetLang.RS_XML, ResultSetLang.RS_CSV, ResultSetLang.RS_TSV);
    /** For CONSTRUCT and DESCRIBE; N-Quads and TriG put the triples in the default graph. */
    public static final List<Lang> GRAPHS = List.of(RDFLanguages.TURTLE, RDFLanguages.JSONLD, RDFLanguages.NTRIPLES, RDFLanguages.RDFXML,
            RDFLanguages.NQUADS, RDFLanguages.TRIG);

    private static final Map<String, Lang> SHORT_NAMES = Map.ofEntries(
            Map.entry("json", ResultSetLang.RS_JSON), Map.entry("xml", ResultSetLang.RS_XML),
            Map.entry("csv", ResultSetLang.RS_CSV), Map.entry("tsv", ResultSetLang.RS_TSV),
            Map.entry("turtle", RDFLanguages.TURTLE), Map.entry("ttl", RDFLanguages.TURTLE),
            Map.entry("jsonld", RDFLanguages.JSONLD), Map.entry("json-ld", RDFLanguages.JSONLD),
            Map.entry("ntriples", RDFLanguages.NTRIPLES), Map.entry("nt", RDFLanguages.NTRIPLES),
            Map.entry("rdfxml", RDFLanguages.RDFXML), Map.entry("rdf", RDFLanguages.RDFXML),
            Map.entry("nquads", RDFLanguages.NQUADS), Map.entry("nq", RDFLanguages.NQUADS),
            Map.entry("trig", RDFLanguages.TRIG));

    private SparqlFormat() {
    }

    /** The syntax a {@code format} value names: a short name ({@code json}, {@code ttl}, …) or a media type. */
    static Optional<Lang> named(String format) {
        String name = format.strip().toLowerCase(Locale.ROOT);
        Lang lang = SHORT_NAMES.get(name);
        if (lang != null) return Optional.of(lang);
        return java.util.stream.Stream.concat(RESULTS.stream(), GRAPHS.stream())
                .filter(l -> AcceptHeader.mediaTypes(l).contains(name)).findFirst();
    }

    static List<String> shortNames() {
        return SHORT_NAMES.keySet().stream().sorted().toList();
    }
}
