package org.oerfed.graph.normalise;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.oerfed.graph.vocab.Schema;

/**
 * Reads a rights statement: a Creative Commons licence named by URL or text becomes its canonical
 * {@code schema:license}; another web URL is kept as the licence; text that merely mentions a Creative Commons
 * URL (LOM's rights description often does) gives that licence and keeps the text; anything else stays text,
 * as {@code dct:rights}.
 */
final class Rights {
    private static final Pattern URL_IN_TEXT = Pattern.compile("https?://[^\\s\"'<>)]+");

    private final LicenseUris licences;

    Rights(LicenseUris licences) {
        this.licences = licences;
    }

    void add(String value, String tag, Resource r) {
        Model m = r.getModel();
        String text = value.strip();
        Optional<String> cc = licences.creativeCommons(text);
        if (cc.isPresent()) {
            r.addProperty(Schema.license, m.createResource(cc.get()));
            return;
        }
        if (licences.isWebUrl(text)) {
            r.addProperty(Schema.license, m.createResource(text));
            return;
        }
        Matcher url = URL_IN_TEXT.matcher(text);
        while (url.find()) {
            licences.creativeCommons(url.group()).ifPresent(uri -> r.addProperty(Schema.license, m.createResource(uri)));
        }
        r.addLiteral(DCTerms.rights, tag == null ? m.createLiteral(text) : m.createLiteral(text, tag));
    }
}
