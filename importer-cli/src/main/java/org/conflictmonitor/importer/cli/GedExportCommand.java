package org.conflictmonitor.importer.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import org.conflictmonitor.api.paging.Page;
import org.conflictmonitor.api.paging.PageLimits;
import org.conflictmonitor.events.api.EventDto;
import org.conflictmonitor.events.api.EventFilter;
import org.conflictmonitor.importer.cli.client.EventsClient;
import org.conflictmonitor.importer.cli.ged.GedExportMapping;
import org.conflictmonitor.importer.ucdp.GedWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export-ucdp-ged", mixinStandardHelpOptions = true, description = "Writes the events coded from one GED version in UCDP's official 49-column layout: the values as imported, curators' edits included.")
public class GedExportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "OUT", description = "The CSV file to write.")
    Path out;

    @Option(names = "--ged-version", required = true, description = "The GED version whose events to export, e.g. 23.1.")
    String version;

    @Spec
    CommandSpec spec;

    private final EventsClient events;

    public GedExportCommand(@RestClient EventsClient events) {
        this.events = events;
    }

    @Override
    public Integer call() throws Exception {
        EventFilter filter = new EventFilter();
        filter.ucdpVersion = version;
        long written = 0;
        try (GedWriter writer = GedWriter.create(out)) {
            String cursor = null;
            do {
                Page<EventDto> page = events.list(filter, cursor, null, PageLimits.MAX);
                for (EventDto event : page.items()) {
                    writer.write(GedExportMapping.cells(event));
                    written++;
                }
                cursor = page.nextCursor();
            } while (cursor != null);
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "[export] %,d events of GED %s written to %s%n", written, version, out);
        return 0;
    }
}
