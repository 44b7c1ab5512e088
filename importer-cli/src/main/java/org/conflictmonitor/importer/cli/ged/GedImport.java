package org.conflictmonitor.importer.cli.ged;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.conflictmonitor.events.api.BulkEventsRequest;
import org.conflictmonitor.events.api.BulkEventsResult;
import org.conflictmonitor.events.api.ImportedEvent;
import org.conflictmonitor.events.api.ImportedEventResult;
import org.conflictmonitor.events.api.KeptEdit;
import org.conflictmonitor.importer.cli.client.ActorsClient;
import org.conflictmonitor.importer.cli.client.ArticlesClient;
import org.conflictmonitor.importer.cli.client.Bisect;
import org.conflictmonitor.importer.cli.client.ConflictsClient;
import org.conflictmonitor.importer.cli.client.EventsClient;
import org.conflictmonitor.importer.cli.client.ServiceProblem;
import org.conflictmonitor.importer.cli.conflict.ConflictDirectory;
import org.conflictmonitor.importer.cli.client.SourcesClient;
import org.conflictmonitor.importer.cli.run.RunLog;
import org.conflictmonitor.importer.cli.run.Tally;
import org.conflictmonitor.importer.ucdp.GedEvent;
import org.conflictmonitor.importer.ucdp.GedReader;
import org.conflictmonitor.importer.ucdp.ParsedRow;
import org.conflictmonitor.importer.ucdp.RowError;

/**
 * Imports a GED file through the services, a batch of rows at a time: first what the batch's events
 * refer to (actors, conflicts, sources and citations, each created once), then the events with their
 * claims. A batch the events service refuses is halved until the rows it refuses are found; those are
 * reported as bad rows and every other row goes in. Each event is written whole or not at all.
 */
public final class GedImport {

    /**
     * Rows per events request: as many as the API takes. Each request costs a lookup of its actors and
     * articles in their services and a commit, whatever its size; a refused batch is halved in 10 steps at most.
     */
    static final int BATCH = BulkEventsRequest.MAX_EVENTS;

    private final EventsClient events;
    private final ActorDirectory actors;
    private final ConflictDirectory conflicts;
    private final SourceDirectory sources;
    private final GedEventMapping mapping;
    private final String version;
    private final RunLog log;
    private final Tally tally;
    private UUID datasetCitation;

    private record Row(long number, GedEvent event) {
    }

    private record Item(Row row, ImportedEvent event) {
    }

    private record Pending(List<Item> items, Future<BulkEventsResult> result) {
    }

    /**
     * Batches in flight at once: events-service imports each on a thread of its own, and one waits for
     * the database while another computes. Measured on 2 cores with 1,000-row batches, the 176k extract:
     * 3 gave 68–72 s, 4 gave 63–65 s.
     */
    static final int IN_FLIGHT = 4;

    private final ExecutorService sender = Executors.newFixedThreadPool(IN_FLIGHT, task -> {
        Thread thread = new Thread(task, "events-sender");
        thread.setDaemon(true);
        return thread;
    });
    private final Deque<Pending> pending = new ArrayDeque<>();

    public GedImport(ActorsClient actors, SourcesClient sources, ArticlesClient articles, ConflictsClient conflicts, EventsClient events,
            String version, RunLog log) {
        this.events = events;
        this.actors = new ActorDirectory(actors);
        this.conflicts = new ConflictDirectory(conflicts);
        this.sources = new SourceDirectory(sources, articles);
        this.mapping = new GedEventMapping(version);
        this.version = version;
        this.log = log;
        this.tally = log.tally();
    }

    public void run(Path file) throws IOException {
        try {
            read(file);
            while (!pending.isEmpty()) {
                collect();
            }
        } finally {
            settle();
            sender.shutdown();
        }
    }

    private void read(Path file) throws IOException {
        conflicts.load();
        datasetCitation = sources.datasetCitation(version);
        List<Row> batch = new ArrayList<>(BATCH);
        try (GedReader reader = GedReader.open(file)) {
            for (ParsedRow<GedEvent> parsed = reader.next(); parsed != null; parsed = reader.next()) {
                tally.read(1);
                if (!parsed.isValid()) {
                    tally.bad(parsed.errors());
                    continue;
                }
                List<RowError> problems = GedEventMapping.problems(parsed.row(), parsed.value());
                if (!problems.isEmpty()) {
                    tally.bad(problems);
                    continue;
                }
                batch.add(new Row(parsed.row(), parsed.value()));
                if (batch.size() == BATCH) {
                    send(batch);
                    batch.clear();
                    log.progress();
                }
            }
        }
        if (!batch.isEmpty()) {
            send(batch);
        }
    }

    /**
     * A run that fails with batches still in flight waits for them and counts those that went in, so that
     * its record says what it wrote; their own failures are the run's failure already.
     */
    private void settle() {
        for (Pending left = pending.poll(); left != null; left = pending.poll()) {
            try {
                tally(left.items(), left.result().get());
            } catch (ExecutionException failed) {
                // Not written: nothing to count.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void send(List<Row> rows) {
        Set<GedSide> sides = new LinkedHashSet<>();
        List<SourceReport> reports = new ArrayList<>();
        for (Row r : rows) {
            sides.add(GedSide.a(r.event()));
            sides.add(GedSide.b(r.event()));
            reports.addAll(SourceReport.of(r.event()));
        }
        sides.remove(null);
        actors.resolve(sides);
        conflicts.resolve(rows.stream().map(Row::event).toList());
        sources.resolve(reports);
        List<Item> items = new ArrayList<>(rows.size());
        for (Row r : rows) {
            items.add(new Item(r, mapping.toImport(r.event(), refs(r.event()))));
        }
        if (pending.size() == IN_FLIGHT) {
            collect();
        }
        pending.add(new Pending(items, sender.submit(() -> events.bulk(request(items)))));
    }

    /**
     * Tallies the oldest batch in flight. The next ones were read, resolved and mapped meanwhile: the
     * importer works while events-service does. A refused batch is halved here, one request at a time.
     */
    private void collect() {
        Pending done = pending.poll();
        try {
            tally(done.items(), done.result().get());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ServiceProblem problem && Bisect.refusesContent(problem)) {
                importEvents(done.items());
            } else if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            } else {
                throw new IllegalStateException(e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while events-service imported a batch", e);
        }
    }

    private EventRefs refs(GedEvent e) {
        List<UUID> citations = SourceReport.of(e).stream().map(sources::citation).filter(Objects::nonNull).toList();
        return new EventRefs(actors.id(GedSide.a(e)), actors.id(GedSide.b(e)), conflicts.id(e), datasetCitation, citations);
    }

    private void importEvents(List<Item> items) {
        Bisect.send(items, batch -> tally(batch, events.bulk(request(batch))), (item, problem) -> tally.bad(new RowError(item.row().number(), null,
                "refused by events-service: " + problem.getMessage())));
    }

    private static BulkEventsRequest request(List<Item> items) {
        return new BulkEventsRequest(items.stream().map(Item::event).toList());
    }

    private void tally(List<Item> items, BulkEventsResult result) {
        for (int i = 0; i < result.results().size(); i++) {
            ImportedEventResult r = result.results().get(i);
            switch (r.status()) {
                case CREATED -> tally.created(1);
                case UPDATED -> tally.updated(1);
                case UNCHANGED -> tally.unchanged(1);
                case OLDER_VERSION -> tally.olderVersion(1);
                case LINKED -> tally.updated(1);
            }
            r.keptEdits().forEach(field -> tally.kept(new KeptEdit(r.ucdpEventId(), r.id(), field)));
            if (GedEventMapping.flagged(items.get(i).row().event())) {
                tally.flagged(1);
            }
        }
    }
}
