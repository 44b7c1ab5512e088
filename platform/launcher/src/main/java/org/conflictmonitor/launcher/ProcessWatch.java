package org.conflictmonitor.launcher;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Notices when a process of a running stack ends without being asked to, and says which one with
 * the end of its log: a stack that goes quiet while a part of it is gone leaves a person guessing.
 * Each end is reported once; an orderly stop is not reported ({@link #stop()} first).
 */
public final class ProcessWatch implements AutoCloseable {

    static final int LOG_LINES = 20;

    private final List<? extends Supervised> processes;
    private final Consumer<String> report;
    private final Set<String> reported = ConcurrentHashMap.newKeySet();
    private volatile boolean stopped;
    private Thread thread;

    public ProcessWatch(List<? extends Supervised> processes, Consumer<String> report) {
        this.processes = List.copyOf(processes);
        this.report = report;
    }

    /** Checks every {@code interval} on a daemon thread until {@link #stop()}. */
    public ProcessWatch start(Duration interval) {
        thread = new Thread(() -> {
            try {
                while (!stopped) {
                    check(Duration.ofSeconds(1));
                    Thread.sleep(interval.toMillis());
                }
            } catch (InterruptedException stopping) {
                // stop() interrupts the wait
            }
        }, "process-watch");
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    /**
     * Reports each watched process that has ended since the last check. Ctrl-C reaches the stack's
     * processes as soon as the stack, so an end seen just before {@link #stop()} is reported only if
     * no stop follows within {@code grace}.
     */
    void check(Duration grace) throws InterruptedException {
        List<Supervised> ended = processes.stream().filter(process -> !process.isRunning() && !reported.contains(process.name()))
                .map(Supervised.class::cast).toList();
        if (ended.isEmpty()) {
            return;
        }
        Thread.sleep(grace.toMillis());
        for (Supervised process : ended) {
            if (!stopped && reported.add(process.name())) {
                report.accept("[cm] " + process.name() + " has stopped unexpectedly. The last lines of " + process.log() + ":\n"
                        + LogTail.of(process.log(), LOG_LINES).indent(4)
                        + "[cm] The rest of the stack keeps running without it; restart the stack with deploy/local/down, then deploy/local/up.");
            }
        }
    }

    /** From now on, processes end because they were asked to. */
    public void stop() {
        stopped = true;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
