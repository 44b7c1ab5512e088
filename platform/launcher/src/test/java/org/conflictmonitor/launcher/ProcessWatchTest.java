package org.conflictmonitor.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stack that loses a process says which one and shows the end of its log, once; an orderly stop says nothing. */
class ProcessWatchTest {

    @TempDir
    Path logs;

    /** A real process writing to its own log, as the stack's processes do. */
    record Child(String name, Process process, Path log) implements Supervised {

        static Child running(String name, String script, Path logs) throws IOException {
            Path log = logs.resolve(name + ".log");
            Process process = new ProcessBuilder("sh", "-c", script).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            return new Child(name, process, log);
        }

        @Override
        public boolean isRunning() {
            return process.isAlive();
        }
    }

    @Test
    void aProcessThatDiesIsNamedOnceWithTheEndOfItsLog() throws Exception {
        Child dying = Child.running("events-service", "for i in $(seq 1 30); do echo line $i; done; echo 'FATAL database gone'; exit 3", logs);
        Child alive = Child.running("actors-service", "sleep 30", logs);
        List<String> reports = new ArrayList<>();
        ProcessWatch watch = new ProcessWatch(List.of(dying, alive), reports::add);

        dying.process().waitFor(10, TimeUnit.SECONDS);
        watch.check(Duration.ZERO);
        watch.check(Duration.ZERO);

        assertThat(reports).hasSize(1);
        assertThat(reports.get(0)).contains("events-service has stopped unexpectedly", dying.log().toString(), "FATAL database gone",
                "line 30").doesNotContain("line 10\n").doesNotContain("actors-service");
        alive.process().destroy();
    }

    @Test
    void anOrderlyStopIsNotReported() throws Exception {
        Child service = Child.running("gateway", "sleep 30", logs);
        List<String> reports = new ArrayList<>();
        ProcessWatch watch = new ProcessWatch(List.of(service), reports::add);

        watch.stop();
        service.process().destroy();
        service.process().waitFor(10, TimeUnit.SECONDS);
        watch.check(Duration.ZERO);

        assertThat(reports).isEmpty();
        assertThat(Files.exists(service.log())).isTrue();
    }

    /** Ctrl-C reaches the stack's processes as soon as the stack: an end seen just before the stop is not reported either. */
    @Test
    void anEndFollowedByAStopWithinTheGraceIsNotReported() throws Exception {
        Child service = Child.running("gateway", "exit 130", logs);
        List<String> reports = new ArrayList<>();
        ProcessWatch watch = new ProcessWatch(List.of(service), reports::add);
        service.process().waitFor(10, TimeUnit.SECONDS);

        Thread stopping = new Thread(() -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
            watch.stop();
        });
        stopping.start();
        watch.check(Duration.ofMillis(600));
        stopping.join();

        assertThat(reports).isEmpty();
    }
}
