package org.oerfed.graph.concepts;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;
import org.oerfed.core.error.OerfedException;

/**
 * Generates the {@link Vocabulary#LANGUAGE} scheme from the JDK's locale data, so that no list of languages
 * is kept by hand: every ISO 639-1 language the JDK knows, and every language it has locale data for that only
 * has a three-letter code. One concept per language, at {@code conceptUri(<639-1 code, or 639-3 when there
 * is none>)}, with every code as a notation (639-1, 639-2/T which is also the 639-3 code, and the 639-2/B
 * code where it differs, from the ISO 639-2 list in {@code iso639-2b-to-2t.properties}), the language's
 * name in each of {@link Vocabulary#LABEL_LANGUAGES} and in itself, and matches to the Library of Congress
 * and Lexvo identifiers of the codes.
 */
public final class LanguageScheme {
    private static final String LOC_639_1 = "http://id.loc.gov/vocabulary/iso639-1/";
    private static final String LOC_639_2 = "http://id.loc.gov/vocabulary/iso639-2/";
    private static final String LEXVO_639_3 = "http://lexvo.org/id/iso639-3/";
    private static final String BIBLIOGRAPHIC_CODES = "/org/oerfed/graph/normalise/iso639-2b-to-2t.properties";

    private LanguageScheme() {
    }

    /** The scheme, generated from the running JDK's locale data. */
    public static Model generate() {
        Map<String, String> terminologyToBibliographic = bibliographicCodes();
        SchemeWriter writer = new SchemeWriter(Vocabulary.LANGUAGE, "Languages");
        // canonical code → the deprecated codes the JDK still lists for it (iw, in, ji)
        Map<String, String> languages = new TreeMap<>();
        for (String code : Locale.getISOLanguages()) {
            String canonical = new Locale(code).getLanguage();
            if (!canonical.equals(code)) languages.put(canonical, code);
            else languages.putIfAbsent(canonical, null);
        }
        for (Locale available : Locale.getAvailableLocales()) {
            if (available.getLanguage().length() == 3) languages.putIfAbsent(available.getLanguage(), null);
        }
        languages.forEach((code, deprecated) -> describe(writer, code, deprecated, terminologyToBibliographic));
        return writer.model();
    }

    private static void describe(SchemeWriter writer, String code, String deprecated, Map<String, String> terminologyToBibliographic) {
        Locale language = new Locale(code);
        String three;
        try {
            three = language.getISO3Language();
        } catch (MissingResourceException e) {
            three = code.length() == 3 ? code : "";
        }
        Resource concept = writer.concept(Vocabulary.LANGUAGE.conceptUri(code), code);
        if (code.length() == 2) writer.link(concept, SKOS.exactMatch, LOC_639_1 + code);
        if (!three.isEmpty()) {
            if (!three.equals(code)) writer.label(concept, SKOS.notation, three);
            String bibliographic = terminologyToBibliographic.get(three);
            if (bibliographic != null) writer.label(concept, SKOS.notation, bibliographic);
            writer.link(concept, SKOS.exactMatch, LOC_639_2 + (bibliographic != null ? bibliographic : three));
            writer.link(concept, SKOS.exactMatch, LEXVO_639_3 + three);
        }
        if (deprecated != null) writer.label(concept, SKOS.hiddenLabel, deprecated);
        for (String in : Vocabulary.LABEL_LANGUAGES) {
            writer.label(concept, SKOS.prefLabel, name(language, Locale.forLanguageTag(in)), in);
        }
        if (!Vocabulary.LABEL_LANGUAGES.contains(code)) writer.label(concept, SKOS.prefLabel, name(language, language), code);
    }

    /** The JDK's name of the language, or null when it has none and would repeat the code. */
    private static String name(Locale language, Locale in) {
        String name = language.getDisplayLanguage(in);
        return name.isBlank() || name.equalsIgnoreCase(language.getLanguage()) ? null : name;
    }

    private static Map<String, String> bibliographicCodes() {
        Properties properties = new Properties();
        try (InputStream in = LanguageScheme.class.getResourceAsStream(BIBLIOGRAPHIC_CODES)) {
            if (in == null) throw OerfedException.setup(BIBLIOGRAPHIC_CODES + " is missing from the classpath", null);
            properties.load(in);
        } catch (IOException e) {
            throw OerfedException.setup("cannot read " + BIBLIOGRAPHIC_CODES, e);
        }
        Map<String, String> terminologyToBibliographic = new HashMap<>();
        properties.forEach((b, t) -> terminologyToBibliographic.put((String) t, (String) b));
        return terminologyToBibliographic;
    }
}
