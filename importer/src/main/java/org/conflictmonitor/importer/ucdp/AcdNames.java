package org.conflictmonitor.importer.ucdp;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an ACD name cell into names, using its id cell to know how many there are.
 *
 * <p>UCDP separates names with {@code ", "} but names contain commas too: "Military Junta for the
 * Consolidation of Democracy, Peace and Justice" is one actor, "CPP, Military faction (forces of Honasan,
 * Abenina & Zumel)" two. The ids are unambiguous, so they decide: one id means the whole cell is one name;
 * several ids mean the cell is split at the commas outside parentheses, and the split must yield as many
 * names as there are ids.
 */
public final class AcdNames {

    private AcdNames() {
    }

    /** The names, or {@code null} if the cell cannot be split into {@code count} names. */
    public static List<String> split(String cell, int count) {
        if (cell.isEmpty()) {
            return count == 0 ? List.of() : null;
        }
        if (count == 1) {
            return List.of(cell);
        }
        List<String> names = new ArrayList<>(count);
        int depth = 0;
        int start = 0;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (c == ',' && depth == 0) {
                names.add(cell.substring(start, i).strip());
                start = i + 1;
            }
        }
        names.add(cell.substring(start).strip());
        return names.size() == count ? List.copyOf(names) : null;
    }
}
