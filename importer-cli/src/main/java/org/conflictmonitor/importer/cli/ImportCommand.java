package org.conflictmonitor.importer.cli;

import io.quarkus.picocli.runtime.annotations.TopCommand;
import picocli.CommandLine.Command;

/** The importer's commands; {@code deploy/local/import} and the Kubernetes Job run them. */
@TopCommand
@Command(name = "import", mixinStandardHelpOptions = true, description = "Imports UCDP data into Conflict Monitor through its services' APIs, and exports it again in UCDP's layout.",
        subcommands = { GedImportCommand.class, AcdImportCommand.class, GedExportCommand.class })
public class ImportCommand {
}
