package org.oerfed.api.search;

import com.rometools.modules.atom.modules.AtomLinkModule;
import com.rometools.modules.atom.modules.AtomLinkModuleImpl;
import com.rometools.modules.opensearch.OpenSearchModule;
import com.rometools.modules.opensearch.entity.OSQuery;
import com.rometools.modules.opensearch.impl.OpenSearchModuleImpl;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.oerfed.core.search.SearchDocument;
import org.oerfed.core.search.SearchField;
import org.oerfed.core.search.SearchHit;
import org.oerfed.core.search.SearchQuery;
import org.oerfed.core.search.SearchResult;

/**
 * A search result as an Atom 1.0 or RSS 2.0 feed, written by ROME: one entry per hit, linking to the
 * resource's page here (and to the resource itself as {@code related}), with the OpenSearch response
 * elements (totalResults, startIndex, itemsPerPage, the Query) and {@code self} and {@code next} links,
 * as atom:link in RSS. A page reached by cursor does not know how deep it is: its startIndex says 1.
 */
final class SearchFeed {
    private static final String ATOM = "atom_1.0";
    private static final String RSS = "rss_2.0";
    private final SearchLinks links;

    SearchFeed(SearchLinks links) {
        this.links = links;
    }

    /** The feed as XML; {@code format} is Atom or RSS. */
    String write(SearchResult result, SearchQuery query, SearchFormat format, Instant now) {
        if (format == SearchFormat.JSON) throw new IllegalArgumentException("a feed is Atom or RSS, not JSON");
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(format == SearchFormat.ATOM ? ATOM : RSS);
        String self = links.api(query, format);
        String title = query.text().isEmpty() ? "OERfed: open educational resources" : "OERfed: " + query.text();
        feed.setTitle(XmlText.clean(title));
        feed.setDescription(XmlText.clean("Open educational resources found by OERfed"
                + (query.text().isEmpty() ? "" : " for \u201c" + query.text() + "\u201d")));
        feed.setUri(self);
        feed.setLink(links.page(query));
        feed.setAuthors(List.of(author()));
        feed.setGenerator("OERfed");
        feed.setPublishedDate(Date.from(now));
        if (!query.language().isEmpty()) feed.setLanguage(query.language());
        String next = result.nextCursor().isEmpty() ? null : links.api(query.withCursor(result.nextCursor()), format);
        List<Module> modules = new ArrayList<>(feed.getModules());
        modules.add(openSearch(result, query));
        if (format == SearchFormat.ATOM) {
            List<SyndLink> feedLinks = new ArrayList<>();
            feedLinks.add(link("self", self, format.mediaType()));
            feedLinks.add(link("alternate", links.page(query), "text/html"));
            if (next != null) feedLinks.add(link("next", next, format.mediaType()));
            feed.setLinks(feedLinks);
        } else {
            AtomLinkModule atomLinks = new AtomLinkModuleImpl();
            List<Link> rssLinks = new ArrayList<>();
            rssLinks.add(atomLink("self", self, format.mediaType()));
            if (next != null) rssLinks.add(atomLink("next", next, format.mediaType()));
            atomLinks.setLinks(rssLinks);
            modules.add(atomLinks);
        }
        feed.setModules(modules);
        List<SyndEntry> entries = new ArrayList<>();
        for (SearchHit hit : result.hits()) entries.add(entry(hit, now));
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("ROME could not write the " + format.key() + " feed of a search", e);
        }
    }

    private OpenSearchModule openSearch(SearchResult result, SearchQuery query) {
        OpenSearchModule openSearch = new OpenSearchModuleImpl();
        openSearch.setTotalResults((int) Math.min(Integer.MAX_VALUE, result.total()));
        openSearch.setStartIndex(query.cursor().isEmpty() ? query.offset() + 1 : 1);
        openSearch.setItemsPerPage(query.size());
        OSQuery request = new OSQuery();
        request.setRole("request");
        request.setSearchTerms(XmlText.clean(query.text()));
        request.setStartPage(query.page());
        openSearch.addQuery(request);
        Link description = new Link();
        description.setRel("search");
        description.setType(OpenSearchController.MEDIA_TYPE);
        description.setHref(links.base() + "opensearch.xml");
        openSearch.setLink(description);
        return openSearch;
    }

    private SyndEntry entry(SearchHit hit, Instant now) {
        SearchDocument document = hit.document();
        SyndEntry entry = new SyndEntryImpl();
        String page = links.resource(document.id());
        entry.setUri(page);
        entry.setTitle(XmlText.clean(document.title().isEmpty() ? document.id() : document.title()));
        entry.setLink(page);
        List<SyndLink> entryLinks = new ArrayList<>();
        entryLinks.add(link("alternate", page, "text/html"));
        if (document.url().startsWith("http://") || document.url().startsWith("https://")) {
            entryLinks.add(link("related", XmlText.clean(document.url()), null));
        }
        entry.setLinks(entryLinks);
        // Atom requires both; the index holds neither the resource's authors nor a date for every resource
        entry.setAuthors(List.of(author()));
        entry.setUpdatedDate(Date.from(document.modified().orElse(now)));
        document.modified().ifPresent(modified -> entry.setPublishedDate(Date.from(modified)));
        String highlighted = hit.highlights().get(SearchField.DESCRIPTION);
        SyndContent description = new SyndContentImpl();
        if (highlighted != null) {
            description.setType("text/html");
            description.setValue(XmlText.clean(highlighted));
        } else {
            description.setType("text/plain");
            description.setValue(XmlText.clean(document.description()));
        }
        entry.setDescription(description);
        return entry;
    }

    private static SyndPerson author() {
        SyndPerson author = new SyndPersonImpl();
        author.setName("OERfed");
        return author;
    }

    private static SyndLink link(String rel, String href, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        if (type != null) link.setType(type);
        return link;
    }

    private static Link atomLink(String rel, String href, String type) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }
}
