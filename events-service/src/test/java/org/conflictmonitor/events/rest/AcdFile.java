package org.conflictmonitor.events.rest;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.conflictmonitor.importer.ucdp.AcdNames;
import org.conflictmonitor.testing.data.SharedData;

/**
 * The real UCDP/PRIO Armed Conflict Dataset 24.1 ({@code ucdp-prio-acd-24.1.csv} of the shared data,
 * see the root README): its rows as cells, a row as the {@code ConflictYear} JSON the API takes, and
 * the API's {@code ConflictYear} JSON back as ACD cells, to compare with the file's.
 * <p>
 * The file is found by {@link SharedData}; a test that needs it fails without it, never skips.
 */
final class AcdFile {

    static final String NAME = "ucdp-prio-acd-24.1.csv";
    static final List<String> COLUMNS = List.of("conflict_id", "location", "side_a", "side_a_id", "side_a_2nd", "side_b", "side_b_id",
            "side_b_2nd", "incompatibility", "territory_name", "year", "intensity_level", "cumulative_intensity", "type_of_conflict",
            "start_date", "end_date", "gwno_a", "gwno_a_2nd", "gwno_b", "gwno_b_2nd", "gwno_loc", "region");

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final List<String> INCOMPATIBILITY = List.of("TERRITORY", "GOVERNMENT", "TERRITORY_AND_GOVERNMENT");
    private static final List<String> INTENSITY = List.of("MINOR", "WAR");
    private static final List<String> TYPE = List.of("EXTRASYSTEMIC", "INTERSTATE", "INTRASTATE", "INTERNATIONALISED_INTRASTATE");
    private static final List<String> REGION = List.of("EUROPE", "MIDDLE_EAST", "ASIA", "AFRICA", "AMERICAS");
    /** Each name column with the column of its ids, which says how many names the cell holds. */
    private static final Map<String, String> IDS_OF_NAMES = Map.of("location", "gwno_loc", "side_a", "side_a_id",
            "side_a_2nd", "gwno_a_2nd", "side_b", "side_b_id", "side_b_2nd", "gwno_b_2nd");

    private AcdFile() {
    }

    /** Every row, as column name to cell, in the file's order. */
    static List<Map<String, String>> rows() {
        try {
            List<String> lines = Files.readAllLines(file(), StandardCharsets.UTF_8);
            List<String> header = cells(lines.get(0));
            if (!header.equals(COLUMNS)) {
                fail("unexpected ACD header " + header);
            }
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isEmpty()) {
                    continue;
                }
                List<String> cells = cells(line);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), cells.get(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows by UCDP conflict id, in the order the ids first appear; each conflict's rows by year. */
    static Map<Integer, List<Map<String, String>>> byConflict() {
        Map<Integer, List<Map<String, String>>> conflicts = new LinkedHashMap<>();
        for (Map<String, String> row : rows()) {
            conflicts.computeIfAbsent(Integer.valueOf(row.get("conflict_id")), id -> new ArrayList<>()).add(row);
        }
        conflicts.values().forEach(rows -> rows.sort((a, b) -> Integer.compare(Integer.parseInt(a.get("year")), Integer.parseInt(b.get("year")))));
        return conflicts;
    }

    /** A row as the API's {@code ConflictYear}. */
    static Map<String, Object> toYear(Map<String, String> row) {
        Map<String, Object> y = new LinkedHashMap<>();
        y.put("year", Integer.valueOf(row.get("year")));
        y.put("location", names(row, "location"));
        y.put("sideA", names(row, "side_a"));
        y.put("sideAId", ints(row.get("side_a_id")));
        y.put("sideA2nd", names(row, "side_a_2nd"));
        y.put("sideB", names(row, "side_b"));
        y.put("sideBId", ints(row.get("side_b_id")));
        y.put("sideB2nd", names(row, "side_b_2nd"));
        y.put("incompatibility", INCOMPATIBILITY.get(Integer.parseInt(row.get("incompatibility")) - 1));
        y.put("territoryName", row.get("territory_name").isEmpty() ? null : row.get("territory_name"));
        y.put("intensityLevel", INTENSITY.get(Integer.parseInt(row.get("intensity_level")) - 1));
        y.put("cumulativeIntensity", INTENSITY.get(Integer.parseInt(row.get("cumulative_intensity"))));
        y.put("typeOfConflict", TYPE.get(Integer.parseInt(row.get("type_of_conflict")) - 1));
        y.put("startDate", date(row.get("start_date")));
        y.put("endDate", date(row.get("end_date")));
        y.put("gwnoA", ints(row.get("gwno_a")));
        y.put("gwnoA2nd", ints(row.get("gwno_a_2nd")));
        y.put("gwnoB", ints(row.get("gwno_b")));
        y.put("gwnoB2nd", ints(row.get("gwno_b_2nd")));
        y.put("gwnoLoc", ints(row.get("gwno_loc")));
        y.put("region", ints(row.get("region")).stream().map(code -> REGION.get(code - 1)).toList());
        return y;
    }

    /**
     * The API's {@code ConflictYear} (as REST Assured reads JSON) back as the ACD row's cells, with the
     * conflict id: lists joined as UCDP joins them, codes as UCDP's numbers, dates as dd-mm-yyyy.
     */
    @SuppressWarnings("unchecked")
    static Map<String, String> toCells(int conflictId, Map<String, Object> y) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("conflict_id", String.valueOf(conflictId));
        row.put("location", join(y.get("location")));
        row.put("side_a", join(y.get("sideA")));
        row.put("side_a_id", join(y.get("sideAId")));
        row.put("side_a_2nd", join(y.get("sideA2nd")));
        row.put("side_b", join(y.get("sideB")));
        row.put("side_b_id", join(y.get("sideBId")));
        row.put("side_b_2nd", join(y.get("sideB2nd")));
        row.put("incompatibility", String.valueOf(INCOMPATIBILITY.indexOf((String) y.get("incompatibility")) + 1));
        row.put("territory_name", y.get("territoryName") == null ? "" : (String) y.get("territoryName"));
        row.put("year", String.valueOf(y.get("year")));
        row.put("intensity_level", String.valueOf(INTENSITY.indexOf((String) y.get("intensityLevel")) + 1));
        row.put("cumulative_intensity", String.valueOf(INTENSITY.indexOf((String) y.get("cumulativeIntensity"))));
        row.put("type_of_conflict", String.valueOf(TYPE.indexOf((String) y.get("typeOfConflict")) + 1));
        row.put("start_date", y.get("startDate") == null ? "" : LocalDate.parse((String) y.get("startDate")).format(DAY_MONTH_YEAR));
        row.put("end_date", y.get("endDate") == null ? "" : LocalDate.parse((String) y.get("endDate")).format(DAY_MONTH_YEAR));
        row.put("gwno_a", join(y.get("gwnoA")));
        row.put("gwno_a_2nd", join(y.get("gwnoA2nd")));
        row.put("gwno_b", join(y.get("gwnoB")));
        row.put("gwno_b_2nd", join(y.get("gwnoB2nd")));
        row.put("gwno_loc", join(y.get("gwnoLoc")));
        row.put("region", ((List<String>) y.get("region")).stream().map(r -> String.valueOf(REGION.indexOf(r) + 1))
                .collect(Collectors.joining(", ")));
        return row;
    }

    /** A file row as {@link #toCells} gives it back: UCDP separates values with a comma and sometimes more than one space. */
    static Map<String, String> normalized(Map<String, String> row) {
        Map<String, String> normal = new LinkedHashMap<>();
        row.forEach((column, cell) -> normal.put(column, cell.strip().replaceAll("\\s*,\\s*", ", ")));
        return normal;
    }

    private static String join(Object list) {
        return ((List<?>) list).stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static String date(String cell) {
        return cell.isEmpty() ? null : LocalDate.parse(cell, DAY_MONTH_YEAR).toString();
    }

    private static List<Integer> ints(String cell) {
        return Arrays.stream(cell.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();
    }

    /** A name cell split into as many names as its id cell has ids, at the commas outside parentheses. */
    private static List<String> names(Map<String, String> row, String column) {
        String cell = row.get(column);
        int count = ints(row.get(IDS_OF_NAMES.get(column))).size();
        if (cell.isEmpty() || count <= 1) {
            return cell.isEmpty() ? List.of() : List.of(cell);
        }
        List<String> names = AcdNames.split(cell, count);
        if (names == null) {
            fail(column + " '" + cell + "' does not split into the " + count + " names its ids say");
        }
        return names;
    }

    /** The cells of one CSV line: separated by commas, quoted with double quotes where they hold one. */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    static Path file() {
        return SharedData.file(NAME);
    }
}
