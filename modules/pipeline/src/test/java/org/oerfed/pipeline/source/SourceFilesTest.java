package org.oerfed.pipeline.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oerfed.core.error.Fault;
import org.oerfed.core.error.OerfedException;
import org.oerfed.core.source.InvalidCharacters;
import org.oerfed.core.source.Quirk;
import org.oerfed.core.source.SourceConfig;
import org.oerfed.core.source.SourceType;

class SourceFilesTest {
    @TempDir
    Path dir;

    @Test
    void readsOneSourcePerFile() throws IOException {
        write("b.yaml", """
                id: partner-b
                name: Partner B
                country: SN
                type: oai-pmh
                url: https://b.example.org/oai
                metadataPrefix: [lom, oai_dc]
                sets: [mathematics, sciences]
                schedule: PT6H
                quirks: [day-granularity, no-until]
                invalidCharacters: fail
                """);
        write("a.yml", """
                id: partner-a
                name: Partenaire A
                country: FR
                type: oai-pmh
                url: http://a.example.org/oai/request
                metadataPrefix: oai_dc
                schedule: "0 0 2 * * ?"
                """);
        write("notes.txt", "not a source");
        write("c.yaml", """
                id: podcast-c
                name: Podcast C
                country: DE
                type: rss
                url: https://c.example.org/feed.xml
                """);
        write("d.yaml", """
                id: portal-d
                name: Portal D
                country: BR
                type: sitemap
                url: https://d.example.org/sitemap.xml
                """);

        List<SourceConfig> sources = new SourceFiles().load(dir);

        assertThat(sources).containsExactly(
                new SourceConfig("partner-a", "Partenaire A", "FR", SourceType.OAI_PMH, URI.create("http://a.example.org/oai/request"),
                        "oai_dc", List.of(), Optional.of("0 0 2 * * ?")),
                new SourceConfig("partner-b", "Partner B", "SN", SourceType.OAI_PMH, URI.create("https://b.example.org/oai"),
                        List.of("lom", "oai_dc"), List.of("mathematics", "sciences"), Optional.of("PT6H"),
                        Set.of(Quirk.DAY_GRANULARITY, Quirk.NO_UNTIL),
                        InvalidCharacters.FAIL),
                new SourceConfig("podcast-c", "Podcast C", "DE", SourceType.RSS, URI.create("https://c.example.org/feed.xml"),
                        "feed-item", List.of(), Optional.empty()),
                new SourceConfig("portal-d", "Portal D", "BR", SourceType.SITEMAP, URI.create("https://d.example.org/sitemap.xml"),
                        "schema-jsonld", List.of(), Optional.empty()));
    }

    @Test
    void reportsEveryProblemOfEveryFileNamingTheFile() throws IOException {
        write("unknown-key.yaml", """
                id: x
                name: X
                country: FR
                type: oai-pmh
                url: https://x.example.org/oai
                metadataPrefix: oai_dc
                metadataprefix: typo
                """);
        write("missing.yaml", """
                id: y
                name: Y
                type: oai-pmh
                url: https://y.example.org/oai
                """);
        write("bad-values.yaml", """
                id: Bad Id
                name: Z
                country: France
                type: ftp
                url: not a url
                metadataPrefix: oai_dc
                schedule: sometimes
                quirks: [teapot]
                invalidCharacters: maybe
                """);
        write("broken.yaml", "id: [unclosed");

        assertThatThrownBy(() -> new SourceFiles().load(dir))
                .isInstanceOf(OerfedException.class)
                .satisfies(e -> assertThat(((OerfedException) e).fault()).isEqualTo(Fault.SETUP))
                .hasMessageContaining(dir.resolve("unknown-key.yaml") + ": unknown key 'metadataprefix'")
                .hasMessageContaining(dir.resolve("missing.yaml") + ": missing key 'country'")
                .hasMessageContaining(dir.resolve("missing.yaml") + ": missing key 'metadataPrefix' (an oai-pmh source")
                .hasMessageContaining("id 'Bad Id' must be")
                .hasMessageContaining("country 'France' is not an ISO 3166-1 alpha-2 code")
                .hasMessageContaining("type 'ftp' is not one of")
                .hasMessageContaining("url 'not a url' must be an absolute http or https URL")
                .hasMessageContaining("schedule 'sometimes' is neither")
                .hasMessageContaining("unknown quirk 'teapot'; known quirks: [day-granularity, no-until]")
                .hasMessageContaining("invalidCharacters 'maybe' must be 'strip' or 'fail'")
                .hasMessageContaining(dir.resolve("broken.yaml") + ": cannot read it as YAML");
    }

    @Test
    void refusesTwoFilesWithOneId() throws IOException {
        String source = """
                id: same
                name: S
                country: BR
                type: oai-pmh
                url: https://s.example.org/oai
                metadataPrefix: oai_dc
                """;
        write("one.yaml", source);
        write("two.yaml", source);
        assertThatThrownBy(() -> new SourceFiles().load(dir)).hasMessageContaining("id 'same' is already used by");
    }

    @Test
    void readsAPriorityWhoseAbsenceIsZero() {
        String yaml = """
                id: ranked
                name: R
                country: BR
                type: oai-pmh
                url: https://r.example.org/oai
                metadataPrefix: oai_dc
                """;
        java.util.List<String> problems = new java.util.ArrayList<>();
        assertThat(new SourceFiles().parse(yaml, problems)).hasValueSatisfying(s -> assertThat(s.priority()).isZero());
        assertThat(new SourceFiles().parse(yaml + "priority: 10\n", problems)).hasValueSatisfying(s -> assertThat(s.priority()).isEqualTo(10));
        assertThat(new SourceFiles().parse(yaml + "priority: -2\n", problems)).hasValueSatisfying(s -> assertThat(s.priority()).isEqualTo(-2));
        assertThat(problems).isEmpty();
        assertThat(new SourceFiles().parse(yaml + "priority: high\n", problems)).isEmpty();
        assertThat(problems).singleElement().asString().contains("'priority' must be a whole number");
    }

    @Test
    void refusesAMissingFolder() {
        assertThatThrownBy(() -> new SourceFiles().load(dir.resolve("absent"))).hasMessageContaining("does not exist");
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }
}
