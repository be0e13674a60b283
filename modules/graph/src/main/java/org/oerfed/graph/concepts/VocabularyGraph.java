package org.oerfed.graph.concepts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * One vocabulary's SKOS graph as the service ships it, with a hash of its content, so that the store can tell
 * whether the graph it holds is this release's without comparing every triple.
 *
 * @param vocabulary  which vocabulary
 * @param model       the concept scheme and its concepts; blank nodes are not expected
 * @param contentHash SHA-256 of the graph's triples, in hex: equal for equal graphs, whatever their order
 */
public record VocabularyGraph(Vocabulary vocabulary, Model model, String contentHash) {
    /** Stored on the scheme in the store: the {@link #contentHash} of the graph installed. */
    public static final Property CONTENT_HASH = ResourceFactory.createProperty("https://w3id.org/oerfed/ns#", "contentHash");

    public VocabularyGraph {
        Objects.requireNonNull(vocabulary, "vocabulary");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(contentHash, "contentHash");
    }

    /** The graph with its content hash computed. */
    public static VocabularyGraph of(Vocabulary vocabulary, Model model) {
        return new VocabularyGraph(vocabulary, model, hash(model));
    }

    /** The graph's name in the store: the scheme URI. */
    public String graphUri() {
        return vocabulary.schemeUri();
    }

    /** Order-independent: the sum of the triples' own digests, so no sort of a large graph is needed. */
    private static String hash(Model model) {
        MessageDigest sha = sha256();
        byte[] sum = new byte[32];
        model.getGraph().find().forEachRemaining(triple -> {
            String line = format(triple.getSubject()) + ' ' + format(triple.getPredicate()) + ' ' + format(triple.getObject());
            byte[] digest = sha.digest(line.getBytes(StandardCharsets.UTF_8));
            int carry = 0;
            for (int i = sum.length - 1; i >= 0; i--) {
                int total = (sum[i] & 0xff) + (digest[i] & 0xff) + carry;
                sum[i] = (byte) total;
                carry = total >>> 8;
            }
        });
        return HexFormat.of().formatHex(sha.digest(sum)) + "-" + model.size();
    }

    private static String format(Node node) {
        return node.isBlank() ? "_:b" : NodeFmtLib.strNT(node);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
