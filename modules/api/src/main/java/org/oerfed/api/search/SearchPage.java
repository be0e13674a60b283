package org.oerfed.api.search;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.oerfed.api.Html;
import org.oerfed.api.InvalidParameter;
import org.oerfed.core.search.Facet;
import org.oerfed.core.search.FacetValue;
import org.oerfed.core.search.SearchDocument;
import org.oerfed.core.search.SearchField;
import org.oerfed.core.search.SearchHit;
import org.oerfed.core.search.SearchQuery;
import org.oerfed.core.search.SearchResult;
import org.oerfed.core.search.SortOrder;

/**
 * The search as an HTML page for people: a search box with a language picker, the facets as lists of
 * links that select or unselect a value (several at once), the hits with their highlights, a link to the
 * next page, and the feeds. No scripts and little markup, for poor connections; every value escaped.
 */
final class SearchPage {
    /** The languages the search analyses, offered in the picker, each named in itself. */
    static final List<String> LANGUAGES = List.of("ar", "de", "en", "es", "fr", "hi", "it", "nl", "pt", "ru", "sw", "zh");
    private static final Map<Facet, String> FACET_NAMES = Map.ofEntries(Map.entry(Facet.SOURCE, "Source"),
            Map.entry(Facet.COUNTRY, "Country"), Map.entry(Facet.LANGUAGE, "Language"), Map.entry(Facet.LICENSE, "Licence"),
            Map.entry(Facet.OPEN_LICENSE, "Open licence"), Map.entry(Facet.LEVEL, "Level"), Map.entry(Facet.SUBJECT, "Subject"),
            Map.entry(Facet.TYPE, "Type"), Map.entry(Facet.FORMAT, "Format"), Map.entry(Facet.ACCESSIBILITY, "Accessibility"),
            Map.entry(Facet.YEAR, "Year"));
    private static final String STYLE = "<style>form{margin:1rem 0}input[type=search]{width:60%;font-size:1rem}"
            + ".cols{display:flex;flex-wrap:wrap;gap:2rem}aside{flex:1 1 14rem}section{flex:3 1 24rem}aside ul,ol{padding-left:1.2rem}"
            + "aside h2{font-size:1rem;margin:.8rem 0 .2rem}mark{background:#ff6}.meta{color:#555;font-size:.9rem}"
            + ".on{font-weight:bold}li{margin:.15rem 0}</style>\n";
    private final SearchLinks links;
    private final ConceptLabels labels;

    SearchPage(SearchLinks links, ConceptLabels labels) {
        this.links = links;
        this.labels = labels;
    }

    String render(SearchQuery query, SearchResult result) {
        StringBuilder body = new StringBuilder();
        body.append(form(query));
        body.append("<p>").append(result.total()).append(result.total() == 1 ? " resource" : " resources");
        body.append(" · sort: ").append(sortLinks(query)).append("</p>\n");
        body.append("<div class=\"cols\">\n<aside aria-label=\"Filters\">\n");
        for (Facet facet : Facet.values()) body.append(facet(query, facet, result.facets().getOrDefault(facet, List.of())));
        body.append("</aside>\n<section aria-label=\"Results\">\n<ol start=\"").append(query.offset() + 1).append("\">\n");
        for (SearchHit hit : result.hits()) body.append(hit(hit, query.language()));
        body.append("</ol>\n<nav aria-label=\"Pages\"><p>");
        if (!query.cursor().isEmpty() || query.page() > 1) {
            body.append("<a href=\"").append(Html.escape(links.page(query.withPage(1, query.size())))).append("\">First page</a> ");
        }
        if (!result.nextCursor().isEmpty()) {
            body.append("<a rel=\"next\" href=\"").append(Html.escape(links.page(query.withCursor(result.nextCursor()))))
                    .append("\">Next page</a>");
        }
        body.append("</p></nav>\n</section>\n</div>\n");
        body.append("<footer><p>This search as <a type=\"application/atom+xml\" href=\"").append(Html.escape(feed(query, SearchFormat.ATOM)))
                .append("\">Atom</a>, <a type=\"application/rss+xml\" href=\"").append(Html.escape(feed(query, SearchFormat.RSS)))
                .append("\">RSS</a> or <a type=\"application/json\" href=\"").append(Html.escape(feed(query, SearchFormat.JSON)))
                .append("\">JSON</a>; the <a href=\"").append(Html.escape(links.base())).append("openapi.yml\">API</a>.</p></footer>\n");
        return Html.page(title(query), head(query), body.toString());
    }

    /** The page for a search that could not be read: the form, and what was wrong. */
    String invalid(List<InvalidParameter> invalid) {
        StringBuilder body = new StringBuilder(form(SearchQuery.text("")));
        body.append("<h1>This search cannot be run</h1>\n<ul>\n");
        for (InvalidParameter parameter : invalid) {
            body.append("<li><code>").append(Html.escape(parameter.name())).append("</code> ").append(Html.escape(parameter.reason()))
                    .append("</li>\n");
        }
        body.append("</ul>\n<p><a href=\"").append(Html.escape(links.base())).append("search\">Start again</a></p>\n");
        return Html.page("OERfed search", STYLE, body.toString());
    }

    private String head(SearchQuery query) {
        return STYLE + "<link rel=\"search\" type=\"" + OpenSearchController.MEDIA_TYPE + "\" title=\"OERfed\" href=\""
                + Html.escape(links.base()) + "opensearch.xml\">\n"
                + "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"" + Html.escape(feed(query, SearchFormat.ATOM)) + "\">\n";
    }

    private String form(SearchQuery query) {
        StringBuilder form = new StringBuilder("<form method=\"get\" action=\"").append(Html.escape(links.base())).append("search\" role=\"search\">\n");
        form.append("<label for=\"q\">Search open educational resources</label><br>\n");
        form.append("<input type=\"search\" id=\"q\" name=\"q\" value=\"").append(Html.escape(query.text())).append("\"> ");
        form.append("<label for=\"lang\">in</label> <select id=\"lang\" name=\"lang\">\n<option value=\"\">any language</option>\n");
        Set<String> offered = new java.util.LinkedHashSet<>(LANGUAGES);
        if (!query.language().isEmpty()) offered.add(query.language());
        for (String tag : offered) {
            Locale locale = Locale.forLanguageTag(tag);
            String name = locale.getDisplayName(locale);
            form.append("<option value=\"").append(Html.escape(tag)).append('"').append(tag.equals(query.language()) ? " selected" : "")
                    .append(" lang=\"").append(Html.escape(tag)).append("\">").append(Html.escape(name.isBlank() ? tag : name)).append("</option>\n");
        }
        form.append("</select>\n");
        // a new text keeps the selected filters, as people refine a search
        SearchRequest.filterParameters(query).forEach((key, values) -> values.forEach(value -> form.append("<input type=\"hidden\" name=\"")
                .append(Html.escape(key)).append("\" value=\"").append(Html.escape(value)).append("\">\n")));
        form.append("<button type=\"submit\">Search</button>\n</form>\n");
        return form.toString();
    }

    private String sortLinks(SearchQuery query) {
        StringBuilder sorts = new StringBuilder();
        for (SortOrder sort : SortOrder.values()) {
            if (sorts.length() > 0) sorts.append(" | ");
            if (sort == query.sort()) {
                sorts.append("<span class=\"on\">").append(sort.key()).append("</span>");
            } else {
                sorts.append("<a href=\"").append(Html.escape(links.page(query.withSort(sort).withPage(1, query.size())))).append("\">")
                        .append(sort.key()).append("</a>");
            }
        }
        return sorts.toString();
    }

    private String facet(SearchQuery query, Facet facet, List<FacetValue> values) {
        if (values.isEmpty()) return "";
        Set<String> selected = query.filters().getOrDefault(facet, Set.of());
        StringBuilder list = new StringBuilder("<h2>").append(FACET_NAMES.get(facet)).append("</h2>\n<ul>\n");
        boolean full = selected.size() >= SearchQuery.MAX_FILTER_VALUES;
        for (FacetValue value : values) {
            boolean on = selected.contains(value.value());
            String name = Html.escape(valueName(facet, value.value(), query.language()));
            if (!on && full) {
                // no more values may be selected: a link would lead to a refusal
                list.append("<li>☐ ").append(name).append(" (").append(value.count()).append(")</li>\n");
                continue;
            }
            Set<String> toggled = new HashSet<>(selected);
            if (on) toggled.remove(value.value());
            else toggled.add(value.value());
            list.append("<li><a href=\"").append(Html.escape(links.page(query, facet, toggled))).append('"')
                    .append(on ? " class=\"on\" aria-current=\"true\"" : "").append('>')
                    .append(on ? "☑ " : "☐ ").append(name).append("</a> (").append(value.count()).append(")</li>\n");
        }
        return list.append("</ul>\n").toString();
    }

    private String valueName(Facet facet, String value, String language) {
        if (facet == Facet.OPEN_LICENSE) return value.equals("true") ? "open licence only" : "not open";
        return labels.label(facet, value, language).orElse(value);
    }

    private String hit(SearchHit hit, String language) {
        SearchDocument document = hit.document();
        // highlights are HTML-escaped by the index's contract, with <mark> around the matches
        String title = hit.highlights().getOrDefault(SearchField.TITLE, Html.escape(document.title().isEmpty() ? document.id() : document.title()));
        String description = hit.highlights().getOrDefault(SearchField.DESCRIPTION, Html.escape(cut(document.description())));
        String lang = document.languages().size() == 1 ? " lang=\"" + Html.escape(document.languages().get(0)) + "\"" : "";
        StringBuilder item = new StringBuilder("<li><article").append(lang).append(">\n<h3><a href=\"")
                .append(Html.escape(links.resource(document.id()))).append("\">").append(title).append("</a></h3>\n");
        if (!description.isEmpty()) item.append("<p>").append(description).append("</p>\n");
        item.append("<p class=\"meta\">");
        if (!document.license().isEmpty()) {
            item.append(Html.escape(labels.label(Facet.LICENSE, document.license(), language).orElse(document.license()))).append(" · ");
        }
        if (!document.url().isEmpty()) item.append(Html.link(document.url(), "open the resource"));
        item.append("</p>\n</article></li>\n");
        return item.toString();
    }

    private String feed(SearchQuery query, SearchFormat format) {
        return links.api(query.withPage(1, query.size()), format);
    }

    private static String title(SearchQuery query) {
        return query.text().isEmpty() ? "OERfed search" : query.text() + " – OERfed search";
    }

    private static String cut(String description) {
        return description.length() <= 300 ? description : description.substring(0, 300) + "…";
    }
}
