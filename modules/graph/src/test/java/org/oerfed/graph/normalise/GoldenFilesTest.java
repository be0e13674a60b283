package org.oerfed.graph.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.oerfed.core.harvest.HarvestedRecord;
import org.oerfed.graph.vocab.Oerfed;
import org.oerfed.graph.vocab.Schema;

/**
 * Golden files: every input under {@code golden/} ({@code <metadataPrefix>--<name>.<ext>}) is normalised and
 * compared, as a graph (blank nodes matched by isomorphism), with the Turtle beside it ({@code <same name>.ttl}).
 * A difference fails with the triples missing and the triples extra, one per line.
 *
 * <p>To accept a changed mapping on purpose, regenerate the expected files and review them as a diff:
 * {@code mvn -o -pl modules/graph -am verify -Dtest=GoldenFilesTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Doerfed.golden.update=true}. A missing expected file fails the test; it is never written unasked.
 */
class GoldenFilesTest {
    static final Path DIR = Path.of("src/test/resources/org/oerfed/graph/normalise/golden");
    private static final String RESOURCE = "https://oerfed.example.org/resource/golden";
    private static final boolean UPDATE = Boolean.getBoolean("oerfed.golden.update");

    private final HardenedXml xml = new HardenedXml(1 << 20);
    private final LanguageCodes languages = new LanguageCodes();
    private final LicenseUris licences = new LicenseUris();
    private final Map<String, Normaliser> normalisers = normalisers();

    private Map<String, Normaliser> normalisers() {
        List<Normaliser> all = new ArrayList<>(List.of(new OaiDcNormaliser(xml, languages, licences),
                new FeedItemNormaliser(xml, languages, licences), new JsonLdNormaliser(languages, licences, 1 << 20)));
        LomNormaliser.PREFIXES.forEach(p -> all.add(new LomNormaliser(p, xml, languages, licences)));
        DataCiteNormaliser.PREFIXES.forEach(p -> all.add(new DataCiteNormaliser(p, xml, languages, licences)));
        return all.stream().collect(Collectors.toMap(Normaliser::metadataPrefix, n -> n));
    }

    @Test
    void everyFormatHasGoldenFiles() throws IOException {
        Map<String, Long> perFormat = inputs().stream().collect(Collectors.groupingBy(GoldenFilesTest::prefixOf, Collectors.counting()));
        assertThat(perFormat).containsKeys("oai_dc", "oai_datacite", "schema-jsonld", "feed-item");
        long lom = perFormat.entrySet().stream().filter(e -> LomNormaliser.PREFIXES.contains(e.getKey())).mapToLong(Map.Entry::getValue).sum();
        assertThat(lom).as("LOM fixtures: plain LOM, LOMFR, an HS-OER-LOM-like profile").isGreaterThanOrEqualTo(3);
    }

    @TestFactory
    Stream<DynamicTest> eachInputMapsToItsGoldenTurtle() throws IOException {
        return inputs().stream().map(input -> DynamicTest.dynamicTest(input.getFileName().toString(), () -> check(input)));
    }

    private void check(Path input) throws IOException {
        String prefix = prefixOf(input);
        Normaliser normaliser = normalisers.get(prefix);
        assertThat(normaliser).as("a normaliser for the prefix of " + input.getFileName()).isNotNull();
        Model actual = describe(normaliser, input);
        Path expectedFile = expectedOf(input);
        if (UPDATE) {
            write(actual, expectedFile);
            return;
        }
        assertThat(expectedFile).as("golden file of " + input.getFileName() + " (regenerate with -Doerfed.golden.update=true)").exists();
        Model expected = RDFDataMgr.loadModel(expectedFile.toString(), Lang.TURTLE);
        if (!expected.isIsomorphicWith(actual)) {
            throw new AssertionError(input.getFileName() + " does not map to " + expectedFile.getFileName() + "\n" + diff(expected, actual));
        }
    }

    private static Model describe(Normaliser normaliser, Path input) throws IOException {
        Model model = ModelFactory.createDefaultModel();
        Resource resource = model.createResource(RESOURCE, Schema.LearningResource);
        String name = input.getFileName().toString();
        HarvestedRecord record = new HarvestedRecord("golden", "oai:golden:" + name, Instant.parse("2024-01-01T00:00:00Z"),
                List.of(), normaliser.metadataPrefix(), Optional.of(Files.readString(input, StandardCharsets.UTF_8)));
        normaliser.describe(record, resource);
        return model;
    }

    private static void write(Model model, Path file) throws IOException {
        model.setNsPrefix("schema", Schema.NS);
        model.setNsPrefix("dct", DCTerms.NS);
        model.setNsPrefix("xsd", XSD.NS);
        model.setNsPrefix("oerfed", Oerfed.NS);
        try (OutputStream out = Files.newOutputStream(file)) {
            RDFDataMgr.write(out, model, RDFFormat.TURTLE_PRETTY);
        }
    }

    /** The triples only one side has, blank nodes written as {@code []} so that the lists line up. */
    private static String diff(Model expected, Model actual) {
        List<String> want = lines(expected);
        List<String> got = lines(actual);
        List<String> missing = new ArrayList<>(want);
        got.forEach(missing::remove);
        List<String> extra = new ArrayList<>(got);
        want.forEach(extra::remove);
        StringBuilder text = new StringBuilder();
        missing.forEach(l -> text.append("- ").append(l).append('\n'));
        extra.forEach(l -> text.append("+ ").append(l).append('\n'));
        if (missing.isEmpty() && extra.isEmpty()) text.append("(the same triples, but blank nodes connected differently)\n");
        return text.toString();
    }

    private static List<String> lines(Model model) {
        return model.getGraph().find().toList().stream().map(GoldenFilesTest::line).sorted().toList();
    }

    private static String line(Triple t) {
        return term(t.getSubject()) + " " + term(t.getPredicate()) + " " + term(t.getObject()) + " .";
    }

    private static String term(Node node) {
        return node.isBlank() ? "[]" : FmtUtils.stringForNode(node);
    }

    private static List<Path> inputs() throws IOException {
        assertThat(DIR).as("golden folder (tests run from the module folder)").isDirectory();
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(f -> !f.toString().endsWith(".ttl")).sorted().toList();
        }
    }

    private static String prefixOf(Path input) {
        String name = input.getFileName().toString();
        int separator = name.indexOf("--");
        if (separator < 0) throw new AssertionError(name + " is not named <metadataPrefix>--<name>.<ext>");
        return name.substring(0, separator);
    }

    private static Path expectedOf(Path input) {
        String name = input.getFileName().toString();
        return input.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".ttl");
    }
}
