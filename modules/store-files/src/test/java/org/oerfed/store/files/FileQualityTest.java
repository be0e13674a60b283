package org.oerfed.store.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oerfed.core.harvest.HarvestMode;
import org.oerfed.core.harvest.HarvestRun;
import org.oerfed.core.harvest.QualitySummary;
import org.oerfed.core.harvest.RunStatus;
import org.oerfed.core.harvest.SourceQuality;

class FileQualityTest {
    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05Z");

    @TempDir
    Path dir;

    @Test
    void theLatestQualityIsKeptBesideTheRunsInItsOrder() {
        FileHarvestRunLog log = new FileHarvestRunLog(dir);
        log.recordQuality(quality(10));
        SourceQuality latest = quality(12);
        log.recordQuality(latest);

        SourceQuality read = new FileHarvestRunLog(dir).quality("partner").orElseThrow();
        assertThat(read).isEqualTo(latest);
        assertThat(read.completeness().keySet()).containsExactly("name", "description", "licence");
        assertThat(dir.resolve("partner/quality.json")).isRegularFile();
        assertThat(log.quality("nobody")).isEmpty();
    }

    @Test
    void aRunCarriesItsQualitySummaryAndAnOlderRunFileReadsWithout() throws IOException {
        FileHarvestRunLog log = new FileHarvestRunLog(dir);
        HarvestRun run = new HarvestRun("20260102T030405Z-a", "partner", HarvestMode.FULL, RunStatus.COMPLETED, T0,
                Optional.of(T0.plusSeconds(5)), new HarvestRun.Counts(1, 12, 0, 0, 0, 0), Optional.empty());
        log.record(run.withQuality(quality(12).summary()));

        QualitySummary summary = log.run("partner", "20260102T030405Z-a").orElseThrow().quality().orElseThrow();
        assertThat(summary.records()).isEqualTo(12);
        assertThat(summary.recordsWithWarnings()).isEqualTo(3);
        assertThat(summary.openLicenceShare()).isEqualTo(0.75);

        Path file = dir.resolve("partner/runs/20260102T030405Z-a.json");
        Files.writeString(file, Files.readString(file).replaceAll(",\"quality\":\\{[^}]*\\}", ""));
        assertThat(Files.readString(file)).doesNotContain("quality");
        assertThat(log.run("partner", "20260102T030405Z-a").orElseThrow()).isEqualTo(run);
    }

    private static SourceQuality quality(long records) {
        Map<String, SourceQuality.Share> completeness = new LinkedHashMap<>();
        completeness.put("name", SourceQuality.Share.of(records, records));
        completeness.put("description", SourceQuality.Share.of(records - 1, records));
        completeness.put("licence", SourceQuality.Share.of(records - 3, records));
        return new SourceQuality("partner", T0, records, records, completeness, SourceQuality.Share.of(records * 3 / 4, records),
                SourceQuality.Share.of(records, records),
                Map.of("learningResourceType", new SourceQuality.Unmapped("http://schema.org/learningResourceType", 1, 2,
                        List.of(new SourceQuality.ValueCount("Worksheet", 2)))),
                Map.of("Warning", 3L),
                List.of(new SourceQuality.ShapeFindings("https://w3id.org/oerfed/shapes#licence", "licence", "Warning",
                        "The resource names no licence.", 3)));
    }
}
