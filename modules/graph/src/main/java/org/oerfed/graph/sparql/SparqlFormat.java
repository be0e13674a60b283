package org.oerfed.graph.sparql;

import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.resultset.ResultSetLang;

/** The result formats the SPARQL endpoint offers, the first of each list being the default. */
final class SparqlFormat {
    /** For SELECT and ASK. */
    static final List<Lang> RESULTS = List.of(ResultSetLang.RS_JSON, ResultSetLang.RS_XML, ResultSetLang.RS_CSV, ResultSetLang.RS_TSV);
    /** For CONSTRUCT and DESCRIBE. */
    static final List<Lang> GRAPHS = List.of(RDFLanguages.TURTLE, RDFLanguages.JSONLD, RDFLanguages.NTRIPLES, RDFLanguages.RDFXML);

    private SparqlFormat() {
    }
}
