package org.conflictmonitor.importer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import org.conflictmonitor.api.paging.Page;
import org.conflictmonitor.events.api.ImportProgress;
import org.conflictmonitor.events.api.ImportRunDto;
import org.conflictmonitor.events.api.ImportRunRequest;
import org.conflictmonitor.importer.cli.client.ImportRunsClient;
import org.conflictmonitor.importer.cli.client.ServiceProblem;
import org.conflictmonitor.importer.cli.run.RunLog;

/** How a run's record is ended when events-service is away at the end of the run. */
class RunOutcomeTest {

    static final Duration PATIENCE = Duration.ofMillis(300);
    static final Duration PAUSE = Duration.ofMillis(10);

    @Test
    void aFailedRunIsEndedOnRecordOnceEventsServiceIsBack() {
        RunRecord record = new RunRecord(3, null);
        int exit = RunOutcome.of(new RunLog(record, new PrintWriter(new StringWriter())), () -> {
            throw new ProcessingException("Connection refused: localhost/127.0.0.1:8083");
        }, PATIENCE, PAUSE);
        assertThat(exit).isEqualTo(1);
        assertThat(record.reports).hasSize(4);
        assertThat(record.ended).as("the state on record").isEqualTo("FAILED");
        assertThat(record.reports.get(3).failure()).contains("Connection refused");
    }

    @Test
    void aRefusalIsNotAskedAgain() {
        RunRecord record = new RunRecord(0, new ServiceProblem(409, null));
        assertThat(RunOutcome.of(new RunLog(record, new PrintWriter(new StringWriter())), () -> { }, PATIENCE, PAUSE)).isEqualTo(1);
        assertThat(record.reports).hasSize(1);
    }

    @Test
    void aServiceAwayForLongerThanThePatienceLeavesTheRunAsItIs() {
        RunRecord record = new RunRecord(Integer.MAX_VALUE, null);
        long began = System.nanoTime();
        assertThat(RunOutcome.of(new RunLog(record, new PrintWriter(new StringWriter())), () -> { }, PATIENCE, PAUSE)).isEqualTo(1);
        assertThat(Duration.ofNanos(System.nanoTime() - began)).isBetween(PATIENCE.minus(PAUSE), PATIENCE.multipliedBy(3));
        assertThat(record.ended).isNull();
    }

    /** The record in events-service: unreachable for its first reports, then taking them (or refusing them all). */
    static final class RunRecord implements ImportRunsClient {

        final List<ImportProgress> reports = new ArrayList<>();
        final int unreachableFor;
        final RuntimeException refusal;
        String ended;

        RunRecord(int unreachableFor, RuntimeException refusal) {
            this.unreachableFor = unreachableFor;
            this.refusal = refusal;
        }

        @Override
        public ImportRunDto report(UUID id, ImportProgress progress) {
            reports.add(progress);
            if (reports.size() <= unreachableFor) {
                throw new ProcessingException("Connection refused: localhost/127.0.0.1:8083");
            }
            if (refusal != null) {
                throw refusal;
            }
            ended = progress.state();
            return new ImportRunDto(id, "UCDP_GED", "f.csv", progress.state(), null, 0, 0, 0, 0, 0, 0, 0, List.of(), List.of(),
                    progress.failure(), "importer", null, null, null);
        }

        @Override
        public Page<ImportRunDto> list(String cursor, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ImportRunDto get(UUID id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Response start(ImportRunRequest request) {
            throw new UnsupportedOperationException();
        }
    }
}
