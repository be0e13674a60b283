package org.oerfed.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.modules.opensearch.OpenSearchModule;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.yaml.snakeyaml.Yaml;

/** The Atom and RSS renderings of a search, the OpenSearch description and the OpenAPI document. */
class FeedsAndDescriptionsTest extends ServedSearchTest {

    @ParameterizedTest
    @CsvSource({"?q=fractions,application/atom+xml,application/atom+xml", "?q=fractions&output=atom,,application/atom+xml",
            "?q=fractions,'application/rss+xml, application/json;q=0.5',application/rss+xml",
            "?q=fractions&output=rss,application/json,application/rss+xml"})
    void rendersAnySearchAsAFeedByAcceptOrByTheOutputParameter(String query, String accept, String mediaType) throws Exception {
        HttpResponse<String> response = accept == null ? http.get("/api/search" + query) : http.get("/api/search" + query, "Accept", accept);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(mediaType));
        SyndFeed feed = parse(response);
        assertThat(feed.getFeedType()).startsWith(mediaType.contains("atom") ? "atom" : "rss");
        assertThat(feed.getEntries()).extracting(SyndEntry::getLink)
                .containsExactlyInAnyOrder(SearchServer.BASE + "resource/alpha-fractions", SearchServer.BASE + "resource/delta-hostile");
        OpenSearchModule openSearch = (OpenSearchModule) feed.getModule(OpenSearchModule.URI);
        assertThat(openSearch.getTotalResults()).isEqualTo(2);
        assertThat(openSearch.getStartIndex()).isEqualTo(1);
        assertThat(openSearch.getItemsPerPage()).isEqualTo(20);
        assertThat(openSearch.getQueries().get(0).getSearchTerms()).isEqualTo("fractions");
    }

    @Test
    void givesAtomTheOpenSearchElementsOfTheRequestedPageAndSelfAndNextLinks() throws Exception {
        SyndFeed feed = parse(http.get("/api/search?source=filler&sort=title&page=2&size=5&output=atom"));
        OpenSearchModule openSearch = (OpenSearchModule) feed.getModule(OpenSearchModule.URI);
        assertThat(openSearch.getTotalResults()).isEqualTo(SearchFixture.FILLERS);
        assertThat(openSearch.getStartIndex()).isEqualTo(6);
        assertThat(openSearch.getItemsPerPage()).isEqualTo(5);
        Map<String, String> links = links(feed.getLinks());
        assertThat(links.get("self")).isEqualTo(SearchServer.BASE + "api/search?source=filler&sort=title&size=5&page=2&output=atom");
        assertThat(links.get("alternate")).startsWith(SearchServer.BASE + "search?");
        SyndFeed next = parse(http.follow(links.get("next")));
        assertThat(next.getEntries()).hasSize(5);
        assertThat(feed.getEntries().get(0).getTitle()).isEqualTo("Filler resource 14");
        assertThat(next.getEntries().get(0).getTitle()).isEqualTo("Filler resource 19");
        SyndEntry entry = feed.getEntries().get(0);
        assertThat(entry.getUri()).isEqualTo(entry.getLink());
        assertThat(entry.getUpdatedDate()).isNotNull();
    }

    @Test
    void givesRssItsNextLinkAsAtomLink() throws Exception {
        String rss = http.get("/api/search?source=filler&size=5&output=rss").body();
        assertThat(rss).contains("<atom:link", "rel=\"next\"", "rel=\"self\"", "<opensearch:totalResults>" + SearchFixture.FILLERS);
        Document document = xml(rss);
        assertThat(document.getElementsByTagName("item").getLength()).isEqualTo(5);
    }

    @Test
    void writesWellFormedFeedsWhateverTheTextsHold() throws Exception {
        // the query and a title carry characters XML cannot hold; markup in a title stays text
        HttpResponse<String> response = http.get("/api/search?q=" + HttpCalls.encode("more \u0001\u0007 \uFFFF") + "&output=atom");
        assertThat(response.statusCode()).isEqualTo(200);
        SyndFeed feed = parse(response);
        assertThat(feed.getEntries()).hasSize(1);
        assertThat(feed.getEntries().get(0).getTitle()).isEqualTo("Fractions <script>alert('x')</script> & \"more\"");
        assertThat(response.body()).doesNotContain("<script>");
        assertThat(parse(http.get("/api/search?q=surrogate&output=rss")).getEntries()).hasSize(1);
    }

    @Test
    void describesTheSearchForOpenSearchClients() throws Exception {
        HttpResponse<String> response = http.get("/opensearch.xml");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/opensearchdescription+xml"));
        Element root = xml(response.body()).getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("OpenSearchDescription");
        assertThat(root.getNamespaceURI()).isEqualTo("http://a9.com/-/spec/opensearch/1.1/");
        assertThat(text(root, "ShortName").length()).isBetween(1, 16);
        Map<String, String> templates = new HashMap<>();
        NodeList urls = root.getElementsByTagNameNS("http://a9.com/-/spec/opensearch/1.1/", "Url");
        for (int i = 0; i < urls.getLength(); i++) {
            Element url = (Element) urls.item(i);
            templates.put(url.getAttribute("type"), url.getAttribute("template"));
        }
        assertThat(templates).containsKeys("text/html", "application/json", "application/atom+xml", "application/rss+xml",
                "application/x-suggestions+json");
        // each template, filled as a client fills it (optional parameters empty), answers in its type
        for (Map.Entry<String, String> template : templates.entrySet()) {
            String filled = template.getValue().replace("{searchTerms}", "volcanoes").replaceAll("\\{[a-zA-Z]+\\?}", "");
            HttpResponse<String> answer = http.follow(filled);
            assertThat(answer.statusCode()).as(filled).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Type")).as(filled).hasValueSatisfying(t -> assertThat(t).startsWith(template.getKey()));
        }
        assertThat(http.get("/api/suggest?q=vol&output=opensearch").body()).isEqualTo("[\"vol\",[\"Volcanoes\"]]");
        assertThat(http.get("/api/suggest?q=vol", "Accept", "application/x-suggestions+json").body()).isEqualTo("[\"vol\",[\"Volcanoes\"]]");
    }

    @Test
    @SuppressWarnings("unchecked")
    void servesAnOpenApiDocumentDescribingEveryParameterOfTheSearch() {
        HttpResponse<String> response = http.get("/openapi.yml");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/yaml"));
        Map<String, Object> document = new Yaml().load(response.body());
        assertThat(String.valueOf(document.get("openapi"))).startsWith("3.");
        Map<String, Object> paths = (Map<String, Object>) document.get("paths");
        Map<String, Object> search = (Map<String, Object>) ((Map<String, Object>) paths.get("/api/search")).get("get");
        Map<String, Map<String, Object>> parameters = new HashMap<>();
        for (Map<String, Object> parameter : (List<Map<String, Object>>) search.get("parameters")) {
            if ("query".equals(parameter.get("in"))) parameters.put((String) parameter.get("name"), parameter);
        }
        assertThat(parameters.keySet()).containsExactlyInAnyOrderElementsOf(SearchRequest.parameterNames());
        parameters.forEach((name, parameter) -> assertThat((String) parameter.get("description")).as(name).isNotBlank());
        for (String facet : List.of("source", "country", "language", "license", "open", "level", "subject", "type", "format",
                "accessibility", "year")) {
            Map<String, Object> parameter = parameters.get(facet);
            assertThat(((Map<String, Object>) parameter.get("schema")).get("type")).as(facet).isEqualTo("array");
            assertThat(parameter.get("explode")).as(facet).isEqualTo(true);
        }
        assertThat(((Map<String, Object>) parameters.get("size").get("schema")).get("maximum")).isEqualTo(100);
        assertThat(((Map<String, Object>) parameters.get("sort").get("schema")).get("enum")).isEqualTo(List.of("relevance", "newest", "title"));
        Map<String, Object> responses = (Map<String, Object>) search.get("responses");
        assertThat(responses).containsKeys("200", "400");
        assertThat(response.body()).contains("invalid-params");
        Map<String, Object> suggest = (Map<String, Object>) ((Map<String, Object>) paths.get("/api/suggest")).get("get");
        Set<String> suggestParameters = new TreeSet<>();
        for (Map<String, Object> parameter : (List<Map<String, Object>>) suggest.get("parameters")) {
            if ("query".equals(parameter.get("in"))) {
                suggestParameters.add((String) parameter.get("name"));
                assertThat((String) parameter.get("description")).isNotBlank();
            }
        }
        assertThat(suggestParameters).containsExactly("lang", "output", "q", "size");
        assertThat(paths).containsKeys("/opensearch.xml", "/search", "/openapi.yml");
    }

    private static SyndFeed parse(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new SyndFeedInput().build(new StringReader(response.body()));
    }

    private static Map<String, String> links(List<SyndLink> links) {
        Map<String, String> byRel = new HashMap<>();
        for (SyndLink link : new ArrayList<>(links)) byRel.put(link.getRel(), link.getHref());
        return byRel;
    }

    private static Document xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(Element root, String name) {
        return root.getElementsByTagNameNS(root.getNamespaceURI(), name).item(0).getTextContent();
    }
}
