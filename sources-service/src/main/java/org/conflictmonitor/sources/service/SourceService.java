package org.conflictmonitor.sources.service;

import static org.conflictmonitor.api.text.Text.blankToNull;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.conflictmonitor.api.lookup.LookupResult;
import org.conflictmonitor.api.paging.Page;
import org.conflictmonitor.api.paging.TotalCount;
import org.conflictmonitor.common.error.ProblemException;
import org.conflictmonitor.common.lookup.Lookups;
import org.conflictmonitor.common.paging.KeysetRequest;
import org.conflictmonitor.common.paging.NameKey;
import org.conflictmonitor.common.persistence.Ids;
import org.conflictmonitor.common.persistence.Versions;
import org.conflictmonitor.common.security.CurrentUser;
import org.conflictmonitor.sources.api.BulkSourcesResult;
import org.conflictmonitor.sources.api.IngestStatus;
import org.conflictmonitor.sources.api.ReliabilityGrade;
import org.conflictmonitor.sources.api.SourceDto;
import org.conflictmonitor.sources.api.SourceFilter;
import org.conflictmonitor.sources.api.SourceKind;
import org.conflictmonitor.sources.api.SourceByNameRequest;
import org.conflictmonitor.sources.api.SourceRequest;
import org.conflictmonitor.sources.api.SourceResolution;
import org.conflictmonitor.sources.entity.Source;
import org.conflictmonitor.sources.mapping.SourceMapper;
import org.conflictmonitor.sources.repository.ArticleRepository;
import org.conflictmonitor.sources.repository.SourceRepository;

/**
 * Reading and writing sources, and keeping a record of who rated each and when.
 */
@ApplicationScoped
public class SourceService {

    private final SourceRepository sources;
    private final ArticleRepository articles;
    private final SourceMapper mapper;
    private final CurrentUser currentUser;

    public SourceService(SourceRepository sources, ArticleRepository articles, SourceMapper mapper, CurrentUser currentUser) {
        this.sources = sources;
        this.articles = articles;
        this.mapper = mapper;
        this.currentUser = currentUser;
    }

    /** A page after {@code cursor} (or the first), or, with {@code before}, the page preceding it. */
    @Transactional(TxType.SUPPORTS)
    public Page<SourceDto> list(SourceFilter filter, String cursor, String before, int limit) {
        KeysetRequest request = KeysetRequest.of(cursor, before);
        List<Source> rows = sources.page(where(filter), request, limit);
        return request.page(rows, limit, page -> page.stream().map(mapper::toDto).toList(),
                row -> NameKey.keysOf(row.name.toLowerCase(Locale.ROOT), row.id));
    }

    /** How many sources the list's filters keep, exactly up to {@code bound}, estimated beyond. */
    @Transactional(TxType.SUPPORTS)
    public TotalCount count(SourceFilter filter, int bound) {
        return sources.count(where(filter), bound);
    }

    /** The filters as the repository takes them; kind and grade were validated as their enums' names. */
    private static SourceRepository.Filter where(SourceFilter filter) {
        if (filter == null) {
            return new SourceRepository.Filter(null, null, null, null);
        }
        return new SourceRepository.Filter(blankToNull(filter.q), filter.kind == null ? null : SourceKind.valueOf(filter.kind),
                filter.country, filter.grade == null ? null : ReliabilityGrade.valueOf(filter.grade));
    }

    @Transactional(TxType.SUPPORTS)
    public SourceDto get(UUID id) {
        return mapper.toDto(require(id));
    }

    @Transactional(TxType.SUPPORTS)
    public LookupResult<SourceDto> lookup(List<UUID> ids) {
        Map<UUID, Source> found = sources.findAllById(ids).stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
        return Lookups.inRequestOrder(ids, found, mapper::toDto);
    }

    @Transactional
    public SourceDto create(SourceRequest request) {
        Source source = new Source();
        source.id = Ids.newId();
        mapper.apply(request, source);
        rate(source, request);
        requireUnique(source);
        sources.persistAndFlush(source);
        return mapper.toDto(source);
    }

    /**
     * Finds each source by name, creating the missing ones (kind OTHER and grade F unless given), in
     * request order. Idempotent, and safe against a concurrent call creating the same names.
     */
    @Transactional
    public BulkSourcesResult findOrCreate(List<SourceByNameRequest> items) {
        List<SourceRepository.NewByName> wanted = items.stream().map(i -> new SourceRepository.NewByName(Ids.newId(),
                i.name().strip(), i.kind() == null ? SourceKind.OTHER : SourceKind.valueOf(i.kind()),
                i.reliability() == null ? ReliabilityGrade.F : ReliabilityGrade.valueOf(i.reliability().grade()),
                i.reliability() == null ? null : blankToNull(i.reliability().rationale()))).toList();
        List<SourceRepository.Named> found = sources.findOrCreateByName(wanted, currentUser.name(),
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
        List<SourceResolution> results = new ArrayList<>(items.size());
        int created = 0;
        for (int i = 0; i < wanted.size(); i++) {
            SourceRepository.Named named = found.get(i);
            if (named == null) {
                // Only a source deleted between the two statements of this transaction can get here.
                throw ProblemException.conflict("Source " + wanted.get(i).name() + " was deleted meanwhile; send the request again.");
            }
            boolean isNew = named.id().equals(wanted.get(i).id());
            created += isNew ? 1 : 0;
            results.add(new SourceResolution(i, isNew ? IngestStatus.CREATED : IngestStatus.EXISTING, named.id(), named.name()));
        }
        return new BulkSourcesResult(created, items.size() - created, results);
    }

    @Transactional
    public SourceDto update(UUID id, SourceRequest request) {
        int version = Versions.sent(request.version());
        Source source = sources.findByIdOptional(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Source", id));
        Versions.requireCurrent(source, version, "Source", id);
        mapper.apply(request, source);
        if (source.reliabilityGrade != ReliabilityGrade.valueOf(request.reliability().grade())
                || !Objects.equals(source.reliabilityRationale, rationaleOf(request))) {
            rate(source, request);
        }
        requireUnique(source);
        sources.flush();
        return mapper.toDto(source);
    }

    @Transactional
    public void delete(UUID id) {
        Source source = require(id);
        long count = articles.countBySource(id);
        if (count > 0) {
            throw ProblemException.conflict("Source " + id + " has " + count + " articles; delete them first.");
        }
        sources.delete(source);
    }

    Source require(UUID id) {
        return sources.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Source", id));
    }

    private void rate(Source source, SourceRequest request) {
        source.reliabilityGrade = ReliabilityGrade.valueOf(request.reliability().grade());
        source.reliabilityRationale = rationaleOf(request);
        source.reliabilityRatedBy = currentUser.name();
        source.reliabilityRatedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    private static String rationaleOf(SourceRequest request) {
        String rationale = request.reliability().rationale();
        return blankToNull(rationale);
    }

    private void requireUnique(Source source) {
        if (sources.existsWithName(source.name, source.id)) {
            throw ProblemException.conflict("Another source is already named " + source.name + ".");
        }
        Map<String, UUID> owners = sources.sourcesOfDomains(source.domains);
        List<String> taken = owners.entrySet().stream().filter(e -> !e.getValue().equals(source.id)).map(Map.Entry::getKey)
                .sorted().toList();
        if (!taken.isEmpty()) {
            throw ProblemException.conflict("The domains " + String.join(", ", taken) + " belong to another source.");
        }
    }
}
