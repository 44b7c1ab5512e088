package org.conflictmonitor.importer.cli.ged;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.conflictmonitor.importer.cli.client.ArticlesClient;
import org.conflictmonitor.importer.cli.client.ServiceProblem;
import org.conflictmonitor.importer.cli.client.SourcesClient;
import org.conflictmonitor.sources.api.ArticleRequest;
import org.conflictmonitor.sources.api.BulkIngestRequest;
import org.conflictmonitor.sources.api.BulkIngestResult;
import org.conflictmonitor.sources.api.BulkSourcesRequest;
import org.conflictmonitor.sources.api.BulkSourcesResult;
import org.conflictmonitor.sources.api.IngestResult;
import org.conflictmonitor.sources.api.IngestStatus;
import org.conflictmonitor.sources.api.SourceByNameRequest;
import org.conflictmonitor.sources.api.SourceKind;

/**
 * The sources and citations behind GED events, in sources-service: UCDP itself with its dataset as the
 * citation of every coding, and each outlet of {@code source_office} with a citation per report. Each is
 * resolved or created once per run, in bulk; sources-service finds a citation again by its source, day
 * and headline, so a second run creates nothing.
 */
final class SourceDirectory {

    static final String UCDP = "Uppsala Conflict Data Program";
    /** Language of the headlines UCDP lists: its coders work from English sources and translations. */
    private static final String LANGUAGE = "en";

    private final SourcesClient sources;
    private final ArticlesClient articles;
    private final Map<String, UUID> sourceIds = new HashMap<>();
    private final Map<SourceReport, UUID> citationIds = new HashMap<>();

    SourceDirectory(SourcesClient sources, ArticlesClient articles) {
        this.sources = sources;
        this.articles = articles;
    }

    /** The citation of the dataset itself, which UCDP's codings cite. */
    UUID datasetCitation(String version) {
        UUID ucdp = resolveSources(List.of(UCDP), SourceKind.OTHER).get(0);
        String title = "UCDP Georeferenced Event Dataset (GED) Global version " + version;
        ArticleRequest dataset = new ArticleRequest(ucdp, null, title, UCDP + ", " + title + " (CC BY 4.0)", null, null, LANGUAGE, null, null,
                null, null, null);
        return ingest(List.of(dataset)).get(0);
    }

    /** Makes sure every report has its outlet and its citation: one call each for what this run has not seen yet. */
    void resolve(List<SourceReport> reports) {
        Map<SourceReport, Boolean> missing = new LinkedHashMap<>();
        reports.stream().filter(r -> !citationIds.containsKey(r)).forEach(r -> missing.put(r, true));
        if (missing.isEmpty()) {
            return;
        }
        List<SourceReport> todo = new ArrayList<>(missing.keySet());
        List<String> outlets = todo.stream().map(SourceReport::outlet).filter(o -> !sourceIds.containsKey(key(o))).distinct().toList();
        for (int from = 0; from < outlets.size(); from += BulkSourcesRequest.MAX_SOURCES) {
            resolveSources(outlets.subList(from, Math.min(outlets.size(), from + BulkSourcesRequest.MAX_SOURCES)), SourceKind.OTHER);
        }
        for (int from = 0; from < todo.size(); from += BulkIngestRequest.MAX_ARTICLES) {
            List<SourceReport> chunk = todo.subList(from, Math.min(todo.size(), from + BulkIngestRequest.MAX_ARTICLES));
            List<UUID> ids = ingest(chunk.stream().map(this::articleOf).toList());
            for (int i = 0; i < chunk.size(); i++) {
                citationIds.put(chunk.get(i), ids.get(i));
            }
        }
    }

    UUID citation(SourceReport report) {
        return citationIds.get(report);
    }

    private ArticleRequest articleOf(SourceReport r) {
        String title = r.headline() == null ? null : cut(r.headline(), 1000);
        return new ArticleRequest(sourceIds.get(key(r.outlet())), null, title, cut(r.citation(), 2000), null, null, LANGUAGE, null, r.date(),
                null, null, null);
    }

    private List<UUID> resolveSources(List<String> names, SourceKind kind) {
        BulkSourcesResult result = sources.bulkFindOrCreate(new BulkSourcesRequest(names.stream()
                .map(n -> new SourceByNameRequest(cut(n, 300), kind.name(), null)).toList()));
        List<UUID> ids = new ArrayList<>(names.size());
        result.results().forEach(r -> {
            sourceIds.put(key(names.get(r.index())), r.sourceId());
            ids.add(r.sourceId());
        });
        return ids;
    }

    /** The stored articles' ids, in request order; a citation sources-service rejects fails the run, as it is our own. */
    private List<UUID> ingest(List<ArticleRequest> requests) {
        BulkIngestResult result = articles.bulkIngest(new BulkIngestRequest(requests));
        List<UUID> ids = new ArrayList<>(requests.size());
        for (IngestResult r : result.results()) {
            if (r.status() == IngestStatus.REJECTED || r.article() == null) {
                throw new ServiceProblem(422, r.problem());
            }
            ids.add(r.article().id());
        }
        return ids;
    }

    private static String key(String outlet) {
        return outlet.strip().toLowerCase(Locale.ROOT);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
