package org.oerfed.graph.merge;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.oerfed.graph.vocab.Schema;

/**
 * The match keys of a resource as one record describes it: the identifiers under which another source's
 * record of the same resource would name it, each written one way.
 *
 * <ul>
 *   <li>{@code doi:10.…}, lower case (DOI names are case-insensitive), from {@code doi:}, bare or resolver forms;</li>
 *   <li>{@code hdl:…} from {@code hdl:} or {@code hdl.handle.net} forms;</li>
 *   <li>{@code isbn:} and the 13 digits of the ISBN-13, from an identifier that says it is an ISBN (or a
 *       978/979 number), checksum verified;</li>
 *   <li>{@code urn:nid:…} (namespace lower-cased) and {@code ark:…};</li>
 *   <li>{@code url:} and the {@link CanonicalUrl canonical form} of the resource's web address
 *       ({@code schema:url}, {@code schema:mainEntityOfPage}, {@code schema:sameAs}, or an identifier that is a URL).</li>
 * </ul>
 *
 * <p>Identifiers of no recognised scheme (a repository's own numbers, "1", "n/a") give no key: they are
 * unique within their source at best, and two sources' "42" are two things. A home page gives no key, nor
 * the address of the source itself: repositories use them as the link of every record they cannot link better.
 */
public final class MatchKeys {
    private static final Property ISBN = ResourceFactory.createProperty(Schema.NS, "isbn");
    private static final List<Property> LINKS = List.of(Schema.url, Schema.mainEntityOfPage, Schema.sameAs);
    private static final Pattern DOI = Pattern.compile("(?i)^(?:doi:\\s*|https?://(?:dx\\.)?doi\\.org/|info:doi/)?(10\\.\\d{4,9}/\\S+)$");
    private static final Pattern HANDLE = Pattern.compile("(?i)^(?:hdl:\\s*|https?://hdl\\.handle\\.net/)(\\d[\\w.]*/\\S+)$");
    private static final Pattern LABELLED_ISBN = Pattern.compile("(?i)^(?:urn:isbn:|isbn(?:-1[03])?:?\\s*)([\\dXx\\s\\-]+)$");
    private static final Pattern URN = Pattern.compile("(?i)^urn:([a-z0-9][a-z0-9-]{0,31}):(\\S+)$");
    private static final Pattern ARK = Pattern.compile("(?i)^ark:/?(\\d+/\\S+)$");

    private MatchKeys() {
    }

    /**
     * Every key of the resource, sorted.
     *
     * @param sourceUrl the address of the source the record came from: a link to it (or to its site's home
     *                  page) is no key
     */
    public static Set<String> of(Resource resource, URI sourceUrl) {
        Set<String> keys = new TreeSet<>();
        resource.listProperties(Schema.identifier).forEach(s -> literal(s.getObject()).flatMap(MatchKeys::ofIdentifier).ifPresent(keys::add));
        resource.listProperties(ISBN).forEach(s -> literal(s.getObject()).flatMap(Isbn::of).ifPresent(isbn -> keys.add("isbn:" + isbn)));
        for (Property link : LINKS) {
            resource.listProperties(link).forEach(s -> {
                RDFNode o = s.getObject();
                String value = o.isURIResource() ? o.asResource().getURI() : o.isLiteral() ? o.asLiteral().getLexicalForm() : null;
                if (value != null) ofIdentifier(value).ifPresent(keys::add);
            });
        }
        CanonicalUrl.of(sourceUrl.toString()).ifPresent(url -> keys.remove("url:" + url));
        return keys;
    }

    /** The key of one identifier as written, or empty if it is of no recognised scheme. */
    static Optional<String> ofIdentifier(String value) {
        String text = value.strip();
        Matcher doi = DOI.matcher(text);
        if (doi.matches()) return Optional.of("doi:" + doi.group(1).toLowerCase(Locale.ROOT));
        Matcher handle = HANDLE.matcher(text);
        if (handle.matches()) return Optional.of("hdl:" + handle.group(1));
        Matcher labelled = LABELLED_ISBN.matcher(text);
        if (labelled.matches()) return Isbn.of(labelled.group(1)).map(isbn -> "isbn:" + isbn);
        if (text.matches("97[89][\\d\\-\\s]{10,16}")) return Isbn.of(text).map(isbn -> "isbn:" + isbn);
        Matcher urn = URN.matcher(text);
        if (urn.matches()) return Optional.of("urn:" + urn.group(1).toLowerCase(Locale.ROOT) + ":" + urn.group(2));
        Matcher ark = ARK.matcher(text);
        if (ark.matches()) return Optional.of("ark:" + ark.group(1));
        return CanonicalUrl.of(text).map(url -> "url:" + url);
    }

    private static Optional<String> literal(RDFNode node) {
        return node.isLiteral() ? Optional.of(node.asLiteral().getLexicalForm()) : Optional.empty();
    }
}
