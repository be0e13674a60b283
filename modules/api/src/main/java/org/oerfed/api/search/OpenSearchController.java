package org.oerfed.api.search;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.oerfed.api.Html;

/**
 * {@code GET /opensearch.xml}: the OpenSearch 1.1 description of the search, so that browsers offer it in
 * their search box and portals find its URL templates: the HTML page, JSON, Atom and RSS results, and
 * suggestions. Optional template parameters are given empty by clients that have no value, which the search
 * reads as absent.
 */
@Controller
@Tag(name = "search")
public class OpenSearchController {
    public static final String MEDIA_TYPE = "application/opensearchdescription+xml";
    private final byte[] description;

    public OpenSearchController(SearchLinks links) {
        this.description = describe(links.base()).getBytes(StandardCharsets.UTF_8);
    }

    @Get(value = "/opensearch.xml", produces = MEDIA_TYPE)
    @Operation(summary = "The OpenSearch description of the search")
    @ApiResponse(responseCode = "200", description = "The OpenSearch 1.1 description document", content = @Content(mediaType = MEDIA_TYPE))
    public HttpResponse<byte[]> description() {
        return HttpResponse.ok(description).contentType(MEDIA_TYPE + ";charset=utf-8");
    }

    static String describe(String base) {
        String search = "q={searchTerms}&page={startPage?}&size={count?}&lang={language?}";
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
                  <ShortName>OERfed</ShortName>
                  <Description>Open educational resources from partners in many countries, in many languages</Description>
                  <Tags>OER open educational resources</Tags>
                """);
        url(xml, "text/html", base + "search?" + search, "results");
        url(xml, "application/json", base + "api/search?" + search, "results");
        url(xml, SearchController.ATOM, base + "api/search?" + search + "&output=atom", "results");
        url(xml, SearchController.RSS, base + "api/search?" + search + "&output=rss", "results");
        url(xml, SuggestController.OPENSEARCH_SUGGESTIONS, base + "api/suggest?q={searchTerms}&lang={language?}&output=opensearch",
                "suggestions");
        url(xml, MEDIA_TYPE, base + "opensearch.xml", "self");
        xml.append("""
                  <Query role="example" searchTerms="fractions"/>
                  <Language>*</Language>
                  <InputEncoding>UTF-8</InputEncoding>
                  <OutputEncoding>UTF-8</OutputEncoding>
                </OpenSearchDescription>
                """);
        return xml.toString();
    }

    private static void url(StringBuilder xml, String type, String template, String rel) {
        xml.append("  <Url type=\"").append(Html.escape(type)).append("\" rel=\"").append(rel).append("\" template=\"")
                .append(Html.escape(template)).append("\"/>\n");
    }
}
