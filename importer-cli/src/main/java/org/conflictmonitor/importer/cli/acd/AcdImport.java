package org.conflictmonitor.importer.cli.acd;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.conflictmonitor.events.api.ConflictBulkRequest;
import org.conflictmonitor.events.api.ConflictBulkResult;
import org.conflictmonitor.events.api.ConflictRequest;
import org.conflictmonitor.events.api.ConflictUpsertResult;
import org.conflictmonitor.importer.cli.client.Bisect;
import org.conflictmonitor.importer.cli.client.ConflictsClient;
import org.conflictmonitor.importer.cli.conflict.ConflictDirectory;
import org.conflictmonitor.importer.cli.run.RunLog;
import org.conflictmonitor.importer.cli.run.Tally;
import org.conflictmonitor.importer.ucdp.AcdConflictYear;
import org.conflictmonitor.importer.ucdp.AcdReader;
import org.conflictmonitor.importer.ucdp.ParsedRow;
import org.conflictmonitor.importer.ucdp.RowError;

/**
 * Imports the UCDP/PRIO Armed Conflict Dataset: its rows grouped by conflict, each conflict created or
 * updated by its UCDP conflict id with all its years. An existing conflict keeps its curated name and
 * description; a conflict the file refuses is reported against each of its rows, the others go in.
 */
public final class AcdImport {

    private final ConflictsClient client;
    private final ConflictDirectory directory;
    private final RunLog log;
    private final Tally tally;

    private record Conflict(List<Long> rows, ConflictRequest request) {
    }

    public AcdImport(ConflictsClient client, RunLog log) {
        this.client = client;
        this.directory = new ConflictDirectory(client);
        this.log = log;
        this.tally = log.tally();
    }

    public void run(Path file) throws IOException {
        directory.load();
        Map<Integer, List<ParsedRow<AcdConflictYear>>> byConflict = new LinkedHashMap<>();
        try (AcdReader reader = AcdReader.open(file)) {
            for (ParsedRow<AcdConflictYear> row = reader.next(); row != null; row = reader.next()) {
                tally.read(1);
                if (row.isValid()) {
                    byConflict.computeIfAbsent(row.value().conflictId(), id -> new ArrayList<>()).add(row);
                } else {
                    tally.bad(row.errors());
                }
            }
        }
        Set<String> names = new HashSet<>();
        List<Conflict> conflicts = new ArrayList<>();
        byConflict.forEach((id, rows) -> {
            List<AcdConflictYear> years = rows.stream().map(ParsedRow::value).toList();
            String name = directory.uniqueName(AcdConflictMapping.ucdpName(years.get(years.size() - 1)), id, names);
            conflicts.add(new Conflict(rows.stream().map(ParsedRow::row).toList(), AcdConflictMapping.toRequest(years, name)));
        });
        for (int from = 0; from < conflicts.size(); from += ConflictBulkRequest.MAX_CONFLICTS) {
            Bisect.send(conflicts.subList(from, Math.min(conflicts.size(), from + ConflictBulkRequest.MAX_CONFLICTS)), this::upsert,
                    (conflict, problem) -> conflict.rows().forEach(row -> tally.bad(new RowError(row, null,
                            "conflict " + conflict.request().ucdpConflictId() + " refused by events-service: " + problem.getMessage()))));
            log.progress();
        }
    }

    private void upsert(List<Conflict> conflicts) {
        ConflictBulkResult result = client.bulk(new ConflictBulkRequest(conflicts.stream().map(Conflict::request).toList()));
        for (ConflictUpsertResult r : result.results()) {
            switch (r.status()) {
                case CREATED -> tally.created(1);
                case UPDATED -> tally.updated(1);
                case UNCHANGED -> tally.unchanged(1);
            }
        }
    }
}
