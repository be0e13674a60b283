package org.oerfed.graph.concepts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.vocabulary.SKOS;
import org.oerfed.core.error.OerfedException;

/**
 * What the ICT CFT aligner works from, all of it data bundled with the service: the alignment rules
 * ({@code mappings/ict-cft-rules.tsv}), the audience roles that mean teachers
 * ({@code mappings/ict-cft-teacher-roles.tsv}) and the framework's modules with their English names
 * ({@code ict-cft.ttl}). Loading checks that every rule names a module of the framework.
 */
public final class IctCftRules {
    static final String RULES = "mappings/ict-cft-rules.tsv";
    static final String TEACHER_ROLES = "mappings/ict-cft-teacher-roles.tsv";
    static final String SCHEME = "ict-cft.ttl";
    private static final Pattern TERM_SEPARATOR = Pattern.compile("\\s+\\|\\s+");

    private final List<IctCftRule> rules;
    private final Set<String> teacherRoleWords;
    private final Set<String> teacherRoleIris;
    private final Map<String, String> moduleNames;

    IctCftRules(List<IctCftRule> rules, Set<String> teacherRoleWords, Set<String> teacherRoleIris,
                Map<String, String> moduleNames) {
        for (IctCftRule rule : rules) {
            if (!moduleNames.containsKey(rule.module())) {
                throw OerfedException.setup("ICT CFT rule '" + rule.id() + "' names module '" + rule.module()
                        + "', which is not a module of " + SCHEME + " (expected one of " + moduleNames.keySet() + ")", null);
            }
        }
        this.rules = List.copyOf(rules);
        this.teacherRoleWords = Set.copyOf(teacherRoleWords);
        this.teacherRoleIris = Set.copyOf(teacherRoleIris);
        this.moduleNames = Map.copyOf(moduleNames);
    }

    /** The rules, roles and modules bundled with OERfed. */
    public static IctCftRules bundled() {
        Map<String, String> modules = moduleNames(resource(SCHEME));
        List<IctCftRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (String[] row : rows(RULES)) {
            if (row.length != 3 || row[2].isBlank()) {
                throw OerfedException.setup(RULES + ": expected 'rule id<TAB>module<TAB>term | term', got '"
                        + String.join("\t", row) + "'", null);
            }
            if (!ids.add(row[0])) throw OerfedException.setup(RULES + ": rule id '" + row[0] + "' is used twice", null);
            rules.add(new IctCftRule(row[0], row[1], List.of(TERM_SEPARATOR.split(row[2].strip()))));
        }
        Set<String> words = new HashSet<>();
        Set<String> iris = new HashSet<>();
        for (String[] row : rows(TEACHER_ROLES)) {
            if (row[0].startsWith("http://") || row[0].startsWith("https://")) iris.add(row[0]);
            else words.add(IctCftText.fold(row[0]));
        }
        return new IctCftRules(rules, words, iris, modules);
    }

    public List<IctCftRule> rules() {
        return rules;
    }

    /** Whether a role a source wrote (a word, any language) means teachers. */
    public boolean isTeacherRole(String value) {
        return IctCftText.items(value).stream().anyMatch(teacherRoleWords::contains);
    }

    /** Whether a role concept's IRI means teachers. */
    public boolean isTeacherRoleIri(String iri) {
        return teacherRoleIris.contains(iri);
    }

    /** The framework's English name of a module, e.g. "Collaborative Groups" for KD.5. */
    public String moduleName(String notation) {
        return moduleNames.get(notation);
    }

    /** Modules are the concepts with a broader aspect: notation to English prefLabel. */
    private static Map<String, String> moduleNames(InputStream scheme) {
        Model model = ModelFactory.createDefaultModel();
        try (scheme) {
            RDFParser.source(scheme).lang(Lang.TURTLE).parse(model);
        } catch (IOException | RiotException e) {
            throw OerfedException.setup("Cannot read the bundled ICT CFT scheme " + SCHEME + ": " + e.getMessage(), e);
        }
        Map<String, String> names = new LinkedHashMap<>();
        model.listSubjectsWithProperty(SKOS.broader).forEach(module -> {
            String notation = module.getRequiredProperty(SKOS.notation).getString();
            names.put(notation, englishLabel(module));
        });
        return names;
    }

    private static String englishLabel(Resource concept) {
        for (RDFNode label : concept.listProperties(SKOS.prefLabel).mapWith(s -> s.getObject()).toList()) {
            if (label.isLiteral() && "en".equals(((Literal) label).getLanguage())) return ((Literal) label).getString();
        }
        throw OerfedException.setup(SCHEME + ": concept " + concept.getURI() + " has no English prefLabel", null);
    }

    /** The data lines of a bundled tab-separated file: no blank lines, no {@code #} comments. */
    private static List<String[]> rows(String name) {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(resource(name), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) continue;
                rows.add(line.split("\t"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled " + name, e);
        }
        return rows;
    }

    private static InputStream resource(String name) {
        InputStream in = IctCftRules.class.getResourceAsStream(name);
        if (in == null) throw OerfedException.setup("The bundled " + name + " is missing from the classpath", null);
        return in;
    }
}
