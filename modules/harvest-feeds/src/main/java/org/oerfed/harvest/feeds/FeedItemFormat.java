package org.oerfed.harvest.feeds;

/**
 * OERfed's feed-item format: one feed item (RSS 2.0 or 1.0 item, Atom entry) as a small XML document, the
 * metadata of every {@link org.oerfed.core.harvest.HarvestedRecord} the feed harvester delivers. Feeds come
 * in many dialects and extensions; this format holds only what OERfed maps, already read out of them, so
 * that the normaliser has one vocabulary to read.
 *
 * <p>The root is {@code item} in the namespace {@value #NAMESPACE}; its children, all in that namespace,
 * come in this order, each only when the feed gave a value:
 * <table>
 *   <caption>Elements</caption>
 *   <tr><th>element</th><th>count</th><th>holds</th></tr>
 *   <tr><td>{@code id}</td><td>1</td><td>the item's identity in the feed: its RSS {@code guid} or Atom
 *       {@code id} (RSS 1.0: {@code rdf:about}), else its link; the record's identifier</td></tr>
 *   <tr><td>{@code title}</td><td>0..1</td><td>plain text; HTML titles are reduced to their text</td></tr>
 *   <tr><td>{@code description}</td><td>0..1</td><td>plain text: the description, Atom summary or content,
 *       or Media RSS description, with HTML tags removed and entities decoded, at most
 *       10,000 characters (cut at a word, ending in …)</td></tr>
 *   <tr><td>{@code link}</td><td>0..1</td><td>where a reader opens the item, resolved against the feed URL</td></tr>
 *   <tr><td>{@code published}</td><td>0..1</td><td>first publication, an ISO-8601 instant in UTC
 *       ({@code 2024-03-01T10:00:00Z})</td></tr>
 *   <tr><td>{@code updated}</td><td>0..1</td><td>last change, same form</td></tr>
 *   <tr><td>{@code language}</td><td>0..1</td><td>as the feed wrote it: the item's {@code dc:language}, else the
 *       feed's language</td></tr>
 *   <tr><td>{@code author}</td><td>0..n</td><td>a name, else an e-mail address as the feed wrote it</td></tr>
 *   <tr><td>{@code category}</td><td>0..n</td><td>a category, Atom term or {@code dc:subject}</td></tr>
 *   <tr><td>{@code rights}</td><td>0..n</td><td>a rights statement as text ({@code dc:rights}, Atom
 *       {@code rights}, RSS {@code copyright}, {@code media:copyright})</td></tr>
 *   <tr><td>{@code license}</td><td>0..n</td><td>a licence, usually a URL ({@code creativeCommons:license},
 *       {@code cc:license}, {@code media:license}, Atom {@code link rel="license"})</td></tr>
 *   <tr><td>{@code media}</td><td>0..n</td><td>empty; attributes {@code url} (required), {@code type} (a
 *       media type) and {@code length} (bytes): an enclosure, Atom {@code link rel="enclosure"} or Media RSS
 *       {@code media:content}</td></tr>
 * </table>
 * Item-level rights and licences win; only when an item has none, the feed's apply to it.
 *
 * <p>Example:
 * <pre>{@code
 * <item xmlns="https://w3id.org/oerfed/feed-item#">
 *   <id>urn:uuid:5c1d0a5e-1111-4c6b-9a35-0e7c4b1e0001</id>
 *   <title>Les fractions en images</title>
 *   <description>Une leçon illustrée pour le cycle 3 : partager une pizza & comparer.</description>
 *   <link>https://ressources.example.fr/fractions-en-images</link>
 *   <published>2024-03-01T10:00:00Z</published>
 *   <language>fr-FR</language>
 *   <author>Claire Dumas</author>
 *   <category>Mathématiques</category>
 *   <license>https://creativecommons.org/licenses/by-sa/4.0/</license>
 *   <media url="https://ressources.example.fr/audio/fractions.mp3" type="audio/mpeg" length="1234567"/>
 * </item>
 * }</pre>
 */
public final class FeedItemFormat {

    /** The metadata prefix of records in this format. */
    public static final String METADATA_PREFIX = "feed-item";
    /** The namespace of every element of the format. */
    public static final String NAMESPACE = "https://w3id.org/oerfed/feed-item#";

    private FeedItemFormat() {
    }
}
