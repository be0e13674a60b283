package org.oerfed.store.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oerfed.core.error.Fault;
import org.oerfed.core.harvest.DeadLetter;
import org.oerfed.core.harvest.HarvestCheckpoint;
import org.oerfed.core.harvest.HarvestError;
import org.oerfed.core.harvest.HarvestMode;
import org.oerfed.core.harvest.HarvestRequest;
import org.oerfed.core.harvest.HarvestRun;
import org.oerfed.core.harvest.RunStatus;

class FileHarvestStateTest {
    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05Z");

    @TempDir
    Path dir;

    @Test
    void checkpointsSurviveReopeningWithTheirResumptionPoint() {
        HarvestCheckpoint checkpoint = HarvestCheckpoint.none("partner").completed(T0)
                .withInProgress(new HarvestCheckpoint.InProgress("run-2", HarvestMode.INCREMENTAL,
                        HarvestRequest.since(T0).resumedAt("token|page=3"), T0.plusSeconds(60), 3));
        new FileHarvestCheckpoints(dir).update("partner", previous -> checkpoint);

        assertThat(new FileHarvestCheckpoints(dir).load("partner")).isEqualTo(checkpoint);
        assertThat(new FileHarvestCheckpoints(dir).load("other")).isEqualTo(HarvestCheckpoint.none("other"));
        assertThat(dir.resolve("partner")).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void runsComeNewestFirstWithTheirErrors() {
        FileHarvestRunLog log = new FileHarvestRunLog(dir);
        HarvestRun first = run("20260102T030405Z-a", T0, RunStatus.COMPLETED);
        HarvestRun second = run("20260103T030405Z-b", T0.plusSeconds(86_400), RunStatus.RUNNING);
        log.record(first);
        log.record(second);
        log.record(run("20260103T030405Z-b", T0.plusSeconds(86_400), RunStatus.COMPLETED_WITH_FAILURES));
        HarvestError error = new HarvestError(T0, Fault.RECORD, "oai:x:1", "no dc:title");
        log.addErrors("partner", "20260103T030405Z-b", List.of(error));

        assertThat(log.runs("partner")).extracting(HarvestRun::runId).containsExactly("20260103T030405Z-b", "20260102T030405Z-a");
        assertThat(log.latest("partner").orElseThrow().status()).isEqualTo(RunStatus.COMPLETED_WITH_FAILURES);
        assertThat(log.errors("partner", "20260103T030405Z-b")).containsExactly(error);
        assertThat(log.runs("nobody")).isEmpty();
    }

    @Test
    void aLineTornByACrashIsIgnoredAndTheRestKept() throws IOException {
        FileDeadLetters letters = new FileDeadLetters(dir);
        DeadLetter letter = new DeadLetter("partner", "run-1", "oai:x:1", "not well-formed", "<oai_dc:dc><unclosed>", T0);
        letters.put(letter);
        Files.writeString(dir.resolve("partner/dead-letters.jsonl"), "{\"sourceId\":\"part", StandardOpenOption.APPEND);

        assertThat(letters.of("partner")).containsExactly(letter);
    }

    @Test
    void idsThatCouldEscapeTheFolderAreRefused() {
        assertThatThrownBy(() -> new FileHarvestCheckpoints(dir).load("../etc")).isInstanceOf(IllegalArgumentException.class);
    }

    private static HarvestRun run(String id, Instant started, RunStatus status) {
        return new HarvestRun(id, "partner", HarvestMode.FULL, status, started,
                status == RunStatus.RUNNING ? Optional.empty() : Optional.of(started.plusSeconds(5)),
                new HarvestRun.Counts(2, 10, 0, 0, 1, 0), Optional.empty());
    }
}
