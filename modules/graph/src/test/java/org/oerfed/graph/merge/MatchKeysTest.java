package org.oerfed.graph.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.junit.jupiter.api.Test;
import org.oerfed.graph.vocab.Schema;

class MatchKeysTest {
    private static final URI SOURCE = URI.create("https://repo.example.org/oai/request");

    @Test
    void doisAgreeHoweverTheyAreWritten() {
        assertThat(MatchKeys.ofIdentifier("10.1234/ABC.def")).contains("doi:10.1234/abc.def");
        assertThat(MatchKeys.ofIdentifier("doi: 10.1234/abc.DEF")).contains("doi:10.1234/abc.def");
        assertThat(MatchKeys.ofIdentifier("https://doi.org/10.1234/abc.def")).contains("doi:10.1234/abc.def");
        assertThat(MatchKeys.ofIdentifier("http://dx.doi.org/10.1234/abc.def")).contains("doi:10.1234/abc.def");
        assertThat(MatchKeys.ofIdentifier("info:doi/10.1234/abc.def")).contains("doi:10.1234/abc.def");
    }

    @Test
    void handlesAgreeAsPrefixOrResolverUrl() {
        assertThat(MatchKeys.ofIdentifier("hdl:20.500.12345/678")).contains("hdl:20.500.12345/678");
        assertThat(MatchKeys.ofIdentifier("https://hdl.handle.net/20.500.12345/678")).contains("hdl:20.500.12345/678");
    }

    @Test
    void isbnsAreCheckedAndWrittenAsIsbn13() {
        assertThat(MatchKeys.ofIdentifier("ISBN 0-306-40615-2")).contains("isbn:9780306406157");
        assertThat(MatchKeys.ofIdentifier("978-0-306-40615-7")).contains("isbn:9780306406157");
        assertThat(MatchKeys.ofIdentifier("urn:isbn:0306406152")).contains("isbn:9780306406157");
        assertThat(MatchKeys.ofIdentifier("isbn:080442957X")).contains("isbn:9780804429573");
        // wrong check digits
        assertThat(MatchKeys.ofIdentifier("ISBN 0-306-40615-3")).isEmpty();
        assertThat(MatchKeys.ofIdentifier("978-0-306-40615-8")).isEmpty();
    }

    @Test
    void urnsAndArksAreKeysButARepositorysOwnNumbersAreNot() {
        assertThat(MatchKeys.ofIdentifier("URN:NBN:de:0111-pedocs-12345")).contains("urn:nbn:de:0111-pedocs-12345");
        assertThat(MatchKeys.ofIdentifier("ark:/13030/tf5p30086k")).contains("ark:13030/tf5p30086k");
        assertThat(MatchKeys.ofIdentifier("12345")).isEmpty();
        assertThat(MatchKeys.ofIdentifier("oai:repo.example.org:12345")).isEmpty();
        assertThat(MatchKeys.ofIdentifier("n/a")).isEmpty();
    }

    @Test
    void urlsAgreeAcrossSchemeHostCasePortFragmentTrackingAndTrailingSlash() {
        String key = "url:oer.example.org/lessons/fractions";
        assertThat(MatchKeys.ofIdentifier("https://oer.example.org/lessons/fractions")).contains(key);
        assertThat(MatchKeys.ofIdentifier("http://OER.Example.org:80/lessons/fractions/")).contains(key);
        assertThat(MatchKeys.ofIdentifier("https://oer.example.org:443/lessons/fractions#part-2")).contains(key);
        assertThat(MatchKeys.ofIdentifier("https://oer.example.org/lessons/fractions?utm_source=feed&utm_medium=rss&fbclid=x")).contains(key);
        assertThat(MatchKeys.ofIdentifier("https://oer.example.org/lessons/./fractions")).contains(key);
        // what the path and the other parameters say stays
        assertThat(MatchKeys.ofIdentifier("https://oer.example.org/Lessons/fractions")).contains("url:oer.example.org/Lessons/fractions");
        assertThat(MatchKeys.ofIdentifier("https://oer.example.org/view?b=2&a=1&utm_campaign=x")).contains("url:oer.example.org/view?a=1&b=2");
        assertThat(MatchKeys.ofIdentifier("https://oer.example.org:8443/x")).contains("url:oer.example.org:8443/x");
    }

    @Test
    void aHomePageIdentifiesNothing() {
        assertThat(MatchKeys.ofIdentifier("https://oer.example.org/")).isEmpty();
        assertThat(MatchKeys.ofIdentifier("https://oer.example.org")).isEmpty();
        assertThat(MatchKeys.ofIdentifier("https://oer.example.org/?utm_source=x")).isEmpty();
        assertThat(MatchKeys.ofIdentifier("ftp://oer.example.org/file")).isEmpty();
    }

    @Test
    void aResourceHasTheKeysOfItsIdentifiersAndLinksButNotTheSourcesOwnAddress() {
        Model m = ModelFactory.createDefaultModel();
        Resource r = m.createResource("https://oerfed.example.org/resource/x")
                .addLiteral(Schema.identifier, m.createLiteral("doi:10.5555/xyz"))
                .addLiteral(Schema.identifier, m.createLiteral("local-42"))
                .addProperty(Schema.url, m.createResource("http://oer.example.org/x/"))
                .addProperty(Schema.sameAs, m.createResource("https://doi.org/10.5555/XYZ"))
                .addProperty(Schema.mainEntityOfPage, m.createResource("https://repo.example.org/oai/request"))
                .addLiteral(ResourceFactory.createProperty(Schema.NS, "isbn"), m.createLiteral("0-306-40615-2"));

        assertThat(MatchKeys.of(r, SOURCE)).containsExactly("doi:10.5555/xyz", "isbn:9780306406157", "url:oer.example.org/x");
    }
}
