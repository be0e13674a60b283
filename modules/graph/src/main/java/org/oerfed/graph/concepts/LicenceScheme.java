package org.oerfed.graph.concepts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.SKOS;
import org.oerfed.core.error.OerfedException;

/**
 * Generates the {@link Vocabulary#LICENCE} scheme from compact data files under {@code licences/}: every
 * Creative Commons licence in every version, unported, ported and IGO ({@code creative-commons.tsv}, named
 * from {@code licence-terms.tsv} and the jurisdiction names of {@code jurisdictions.tsv} or the JDK), and the
 * public-domain tools and other open licences of {@code other-licences.tsv}. A concept's URI is the licence's
 * canonical address (https, with the trailing slash Creative Commons writes), so that a resource's
 * {@code schema:license} is the concept itself.
 *
 * <p>Each concept says whether it is an open licence ({@link #OPEN_LICENCE}) by the UNESCO definition of Open
 * Educational Resources: material under an open licence that permits no-cost access, re-use, re-purposing,
 * adaptation and redistribution by others with no or limited restrictions. Hence:
 * <ul>
 *   <li>NoDerivatives (ND) licences are <em>not</em> open: they forbid adaptation and re-purposing, which the
 *       definition requires;</li>
 *   <li>NonCommercial (NC) and ShareAlike (SA) licences <em>are</em> open: they permit every one of those uses,
 *       and a condition on commercial use or on the licence of adaptations is a limited restriction;</li>
 *   <li>the Sampling licences (adaptation only as samples; the plain one forbids sharing the whole work) and
 *       Developing Nations (only in some countries) restrict more than that and are not open;</li>
 *   <li>public-domain tools, copyleft and permissive software, documentation and data licences are open.</li>
 * </ul>
 */
public final class LicenceScheme {
    /** Whether a licence concept is an open licence by the UNESCO definition of OER ({@code xsd:boolean}). */
    public static final Property OPEN_LICENCE = ResourceFactory.createProperty("https://w3id.org/oerfed/ns#", "openLicence");
    private static final String CC = "https://creativecommons.org/licenses/";
    private static final String SPDX = "http://spdx.org/licenses/";
    private static final List<String> LANGUAGES = Vocabulary.LABEL_LANGUAGES;

    private LicenceScheme() {
    }

    /** The scheme, generated from the data files on the classpath. */
    public static Model generate() {
        SchemeWriter writer = new SchemeWriter(Vocabulary.LICENCE, "Licences");
        Map<String, List<String>> terms = table("licence-terms.tsv", 1 + LANGUAGES.size());
        Map<String, List<String>> jurisdictions = table("jurisdictions.tsv", 1 + LANGUAGES.size());
        for (List<String> suite : lines("creative-commons.tsv", 4)) {
            String version = suite.get(0);
            List<String> ports = suite.get(3).equals("-") ? List.of() : List.of(suite.get(3).split(" "));
            for (String code : suite.get(1).split(" ")) {
                if (suite.get(2).equals("unported")) creativeCommons(writer, terms, jurisdictions, code, version, null);
                for (String port : ports) creativeCommons(writer, terms, jurisdictions, code, version, port);
            }
        }
        for (List<String> row : lines("other-licences.tsv", 13)) other(writer, row);
        return writer.model();
    }

    private static void creativeCommons(SchemeWriter writer, Map<String, List<String>> terms,
                                        Map<String, List<String>> jurisdictions, String code, String version, String port) {
        String uri = CC + code + "/" + version + "/" + (port == null ? "" : port + "/");
        String notation = "CC-" + code.toUpperCase(Locale.ROOT) + "-" + version + (port == null ? "" : "-" + port.toUpperCase(Locale.ROOT));
        Resource concept = writer.concept(uri, notation);
        concept.addLiteral(OPEN_LICENCE, !List.of(code.split("-")).contains("nd"));
        for (int i = 0; i < LANGUAGES.size(); i++) {
            String language = LANGUAGES.get(i);
            StringBuilder label = new StringBuilder(term(terms, "name", i)).append(' ');
            String[] elements = code.split("-");
            for (int e = 0; e < elements.length; e++) {
                if (e > 0) label.append(term(terms, "separator", i));
                label.append(term(terms, elements[e], i));
            }
            label.append(' ').append(version);
            if (port != null) label.append(' ').append(jurisdictionName(jurisdictions, port, i, language));
            writer.label(concept, SKOS.prefLabel, label.toString(), language);
        }
        // the English names Creative Commons gave: "NoDerivs" before 4.0, "Unported" and "International"
        String english = concept.getProperty(SKOS.prefLabel, "en").getString();
        String suffix = port != null ? "" : version.equals("4.0") ? " International" : " Unported";
        for (String name : List.of(english + suffix, english.replace("NoDerivatives", "NoDerivs"),
                english.replace("NoDerivatives", "NoDerivs") + suffix)) {
            if (!name.equals(english)) writer.label(concept, SKOS.altLabel, name, "en");
        }
        if (port == null) writer.label(concept, SKOS.altLabel, "CC " + code.toUpperCase(Locale.ROOT) + " " + version + suffix);
        // how people and SPDX write it: "CC BY-SA 3.0 DE"; the notation "CC-BY-SA-3.0-DE" folds to the same
        writer.label(concept, SKOS.altLabel, "CC " + code.toUpperCase(Locale.ROOT) + " " + version
                + (port == null ? "" : " " + port.toUpperCase(Locale.ROOT)));
    }

    private static void other(SchemeWriter writer, List<String> row) {
        Resource concept = writer.concept(row.get(1), row.get(0));
        if (!row.get(2).equals("open") && !row.get(2).equals("closed")) {
            throw OerfedException.setup("licences/other-licences.tsv: '" + row.get(2) + "' for " + row.get(0)
                    + " is neither open nor closed", null);
        }
        concept.addLiteral(OPEN_LICENCE, row.get(2).equals("open"));
        if (!row.get(3).equals("-")) {
            writer.link(concept, SKOS.exactMatch, SPDX + row.get(3));
            writer.label(concept, SKOS.altLabel, row.get(3));
        }
        for (int i = 0; i < LANGUAGES.size(); i++) writer.label(concept, SKOS.prefLabel, row.get(4 + i), LANGUAGES.get(i));
        if (row.size() > 12) {
            for (String name : row.get(12).split("\\|")) writer.label(concept, SKOS.hiddenLabel, name);
        }
    }

    private static String term(Map<String, List<String>> terms, String term, int language) {
        List<String> row = terms.get(term);
        if (row == null) throw OerfedException.setup("licences/licence-terms.tsv has no term '" + term + "'", null);
        return row.get(1 + language);
    }

    private static String jurisdictionName(Map<String, List<String>> jurisdictions, String port, int index, String language) {
        List<String> row = jurisdictions.get(port);
        if (row != null) return row.get(1 + index);
        String name = new Locale("", port.toUpperCase(Locale.ROOT)).getDisplayCountry(Locale.forLanguageTag(language));
        if (name.isEmpty() || name.equalsIgnoreCase(port)) {
            throw OerfedException.setup("no name for the Creative Commons jurisdiction '" + port
                    + "': add it to licences/jurisdictions.tsv", null);
        }
        return name;
    }

    private static Map<String, List<String>> table(String file, int columns) {
        Map<String, List<String>> rows = new HashMap<>();
        for (List<String> row : lines(file, columns)) rows.put(row.get(0), row);
        return rows;
    }

    /** The file's lines split at tabs, cells as written (a separator may be spaces), comments skipped. */
    private static List<List<String>> lines(String file, int columns) {
        String path = "licences/" + file;
        InputStream in = LicenceScheme.class.getResourceAsStream(path);
        if (in == null) throw OerfedException.setup(path + " is missing from the classpath", null);
        List<List<String>> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                List<String> cells = List.of(line.split("\t", -1));
                if (cells.size() < columns) {
                    throw OerfedException.setup(path + ": expected " + columns + " tab-separated columns in '" + line + "'", null);
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw OerfedException.setup("cannot read " + path, e);
        }
        return rows;
    }
}
