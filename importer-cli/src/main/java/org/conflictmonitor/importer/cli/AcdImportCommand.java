package org.conflictmonitor.importer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import org.conflictmonitor.events.api.ImportKind;
import org.conflictmonitor.importer.cli.acd.AcdImport;
import org.conflictmonitor.importer.cli.client.ConflictsClient;
import org.conflictmonitor.importer.cli.client.ImportRunsClient;
import org.conflictmonitor.importer.cli.run.RunLog;
import org.conflictmonitor.importer.ucdp.RecordCount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ucdp-acd", mixinStandardHelpOptions = true, description = "Imports the UCDP/PRIO Armed Conflict Dataset (plain or gzip'd): each conflict with all its years, by UCDP conflict id.")
public class AcdImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The ACD CSV file, plain or .gz.")
    Path file;

    @Spec
    CommandSpec spec;

    private final ConflictsClient conflicts;
    private final ImportRunsClient runs;

    public AcdImportCommand(@RestClient ConflictsClient conflicts, @RestClient ImportRunsClient runs) {
        this.conflicts = conflicts;
        this.runs = runs;
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isReadable(file)) {
            spec.commandLine().getErr().println("[import] cannot read " + file);
            return 2;
        }
        RunLog log = new RunLog(runs, spec.commandLine().getOut());
        log.start(ImportKind.UCDP_ACD, file.getFileName().toString(), RecordCount.of(file));
        return RunOutcome.of(log, () -> new AcdImport(conflicts, log).run(file));
    }
}
