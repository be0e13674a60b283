package org.oerfed.graph.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;

class AcceptHeaderTest {
    private static final List<String> PAGE_OR_DATA = List.of("text/html", "text/turtle", "application/ld+json");

    @Test
    void prefersTheServersFirstChoiceWhenEverythingIsWelcome() {
        assertThat(new AcceptHeader(null).choose(PAGE_OR_DATA, List::of)).hasValue("text/html");
        assertThat(new AcceptHeader("*/*").choose(PAGE_OR_DATA, List::of)).hasValue("text/html");
    }

    @Test
    void followsQualityThenSpecificity() {
        assertThat(new AcceptHeader("text/html;q=0.5, application/ld+json").choose(PAGE_OR_DATA, List::of)).hasValue("application/ld+json");
        assertThat(new AcceptHeader("text/*;q=0.9, text/turtle").choose(PAGE_OR_DATA, List::of)).hasValue("text/turtle");
        assertThat(new AcceptHeader("image/png").choose(PAGE_OR_DATA, List::of)).isEmpty();
        assertThat(new AcceptHeader("text/html;q=0").choose(List.of("text/html"), List::of)).isEmpty();
    }

    @Test
    void givesPlainJsonClientsJsonResults() {
        assertThat(new AcceptHeader("application/json").choose(SparqlFormat.RESULTS)).hasValue(ResultSetLang.RS_JSON);
        assertThat(SparqlFormat.named("tsv")).hasValue(ResultSetLang.RS_TSV);
        assertThat(SparqlFormat.named("application/n-quads")).hasValue(Lang.NQUADS);
        assertThat(SparqlFormat.named("yaml")).isEmpty();
    }
}
