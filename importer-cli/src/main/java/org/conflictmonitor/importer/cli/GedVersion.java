package org.conflictmonitor.importer.cli;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;

/** The GED version a file holds: given, or read from a name such as {@code ucdp-ged-23.1-sample-1000.csv}. */
final class GedVersion {

    private static final Pattern IN_NAME = Pattern.compile("ged[-_ ]?(\\d{1,2}\\.\\d{1,2})", Pattern.CASE_INSENSITIVE);

    private GedVersion() {
    }

    static String of(Path file, String given, CommandSpec spec) {
        if (given != null) {
            return given;
        }
        Matcher m = IN_NAME.matcher(file.getFileName().toString());
        if (!m.find()) {
            throw new ParameterException(spec.commandLine(), "The file's name does not say which GED version it is (as in ucdp-ged-23.1-….csv): give it with --ged-version.");
        }
        return m.group(1);
    }
}
