package org.conflictmonitor.events.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.conflictmonitor.api.paging.Page;
import org.conflictmonitor.api.problem.ProblemType;
import org.conflictmonitor.common.error.ProblemException;
import org.conflictmonitor.common.paging.KeysetCursor;
import org.conflictmonitor.common.paging.KeysetPages;
import org.conflictmonitor.common.persistence.Ids;
import org.conflictmonitor.common.security.CurrentUser;
import org.conflictmonitor.events.api.ImportKind;
import org.conflictmonitor.events.api.ImportProgress;
import org.conflictmonitor.events.api.ImportRunDto;
import org.conflictmonitor.events.api.ImportRunRequest;
import org.conflictmonitor.events.api.ImportState;
import org.conflictmonitor.events.entity.ImportRun;
import org.conflictmonitor.events.repository.ImportRunRepository;

/** The account of import runs: opened, reported on by whoever started them, ended once. */
@ApplicationScoped
public class ImportRunService {

    private final ImportRunRepository runs;
    private final CurrentUser user;

    public ImportRunService(ImportRunRepository runs, CurrentUser user) {
        this.runs = runs;
        this.user = user;
    }

    @Transactional
    public ImportRunDto start(ImportRunRequest request) {
        ImportRun run = new ImportRun();
        run.id = Ids.newId();
        run.kind = ImportKind.valueOf(request.kind());
        run.file = request.file().strip();
        run.state = ImportState.RUNNING;
        run.totalRows = request.totalRows();
        runs.persist(run);
        runs.flush();
        return toDto(run);
    }

    @Transactional
    public ImportRunDto report(UUID id, ImportProgress progress) {
        ImportRun run = runs.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> ProblemException.notFound("Import run", id));
        if (!run.createdBy.equals(user.name())) {
            throw new ProblemException(403, ProblemType.FORBIDDEN, "Forbidden", "Only " + run.createdBy
                    + ", who started import run " + id + ", reports on it.", List.of());
        }
        if (run.state.isFinished()) {
            throw ProblemException.conflict("Import run " + id + " ended " + run.state + " at " + run.finishedAt + "; it takes no more reports.");
        }
        run.rowsRead = progress.rowsRead();
        run.created = progress.created();
        run.updated = progress.updated();
        run.unchanged = progress.unchanged();
        run.olderVersion = progress.olderVersion();
        run.badRows = progress.badRows();
        run.flaggedRows = progress.flaggedRows();
        appendCapped(run.errors, progress.errors());
        appendCapped(run.keptEdits, progress.keptEdits());
        run.state = ImportState.valueOf(progress.state());
        if (run.state.isFinished()) {
            run.finishedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
            run.failure = progress.failure();
        }
        runs.flush();
        return toDto(run);
    }

    @Transactional(TxType.SUPPORTS)
    public ImportRunDto get(UUID id) {
        return toDto(runs.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Import run", id)));
    }

    @Transactional(TxType.SUPPORTS)
    public Page<ImportRunDto> list(String cursor, int limit) {
        OffsetDateTime afterStart = null;
        UUID afterId = null;
        if (cursor != null && !cursor.isBlank()) {
            List<String> keys = KeysetCursor.decode(cursor, 2);
            afterStart = parseInstant(keys.get(0));
            afterId = KeysetCursor.uuid(keys.get(1));
        }
        return KeysetPages.of(runs.page(afterStart, afterId, limit), limit, page -> page.stream().map(ImportRunService::toDto).toList(),
                last -> new String[] { last.createdAt.toString(), last.id.toString() });
    }

    /** Keeps the first {@link ImportRunDto#MAX_LISTED}: the counts say how many there were in all. */
    private static <T> void appendCapped(List<T> stored, List<T> more) {
        if (more == null) {
            return;
        }
        int room = Math.max(0, ImportRunDto.MAX_LISTED - stored.size());
        stored.addAll(more.subList(0, Math.min(room, more.size())));
    }

    private static OffsetDateTime parseInstant(String key) {
        try {
            return OffsetDateTime.parse(key);
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.invalid("cursor", "is not a cursor this list gave out");
        }
    }

    private static ImportRunDto toDto(ImportRun r) {
        return new ImportRunDto(r.id, r.kind.name(), r.file, r.state.name(), r.totalRows, r.rowsRead, r.created, r.updated, r.unchanged,
                r.olderVersion, r.badRows, r.flaggedRows, List.copyOf(r.errors), List.copyOf(r.keptEdits), r.failure, r.createdBy,
                r.createdAt, r.updatedAt, r.finishedAt);
    }
}
