package org.conflictmonitor.importer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import org.conflictmonitor.events.api.ImportKind;
import org.conflictmonitor.importer.cli.client.ActorsClient;
import org.conflictmonitor.importer.cli.client.ArticlesClient;
import org.conflictmonitor.importer.cli.client.ConflictsClient;
import org.conflictmonitor.importer.cli.client.EventsClient;
import org.conflictmonitor.importer.cli.client.ImportRunsClient;
import org.conflictmonitor.importer.cli.client.SourcesClient;
import org.conflictmonitor.importer.cli.ged.GedImport;
import org.conflictmonitor.importer.cli.run.RunLog;
import org.conflictmonitor.importer.ucdp.RecordCount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ucdp-ged", mixinStandardHelpOptions = true, description = "Imports a UCDP GED file (the official 49 columns or a subset of them, plain or gzip'd): actors, conflicts, sources and citations, then the events with their claims.")
public class GedImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The GED CSV file, plain or .gz.")
    Path file;

    @Option(names = "--ged-version", description = "The GED version of the file, e.g. 23.1; read from the file's name when left out.")
    String version;

    @Spec
    CommandSpec spec;

    private final ActorsClient actors;
    private final SourcesClient sources;
    private final ArticlesClient articles;
    private final ConflictsClient conflicts;
    private final EventsClient events;
    private final ImportRunsClient runs;

    public GedImportCommand(@RestClient ActorsClient actors, @RestClient SourcesClient sources, @RestClient ArticlesClient articles,
            @RestClient ConflictsClient conflicts, @RestClient EventsClient events, @RestClient ImportRunsClient runs) {
        this.actors = actors;
        this.sources = sources;
        this.articles = articles;
        this.conflicts = conflicts;
        this.events = events;
        this.runs = runs;
    }

    @Override
    public Integer call() throws Exception {
        String gedVersion = GedVersion.of(file, version, spec);
        if (!Files.isReadable(file)) {
            spec.commandLine().getErr().println("[import] cannot read " + file);
            return 2;
        }
        RunLog log = new RunLog(runs, spec.commandLine().getOut());
        log.start(ImportKind.UCDP_GED, file.getFileName().toString(), RecordCount.of(file));
        return RunOutcome.of(log, () -> new GedImport(actors, sources, articles, conflicts, events, gedVersion, log).run(file));
    }
}
