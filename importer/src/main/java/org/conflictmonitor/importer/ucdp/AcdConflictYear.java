package org.conflictmonitor.importer.ucdp;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One row of the UCDP/PRIO Armed Conflict Dataset: one conflict in one year.
 *
 * <p>Multi-valued cells are lists. Names and ids come in parallel lists, element i of a name list being the
 * actor or country of element i of its id list: {@code sideB} with {@code sideBId}, {@code sideA} with
 * {@code sideAId} and {@code gwnoA}, {@code sideA2nd} with {@code gwnoA2nd}, {@code sideB2nd} with
 * {@code gwnoB2nd}, {@code location} with {@code gwnoLoc}, and {@code sideB} with {@code gwnoB} when side B
 * is a government. A list is empty where UCDP's cell is empty.
 *
 * @param conflictId          UCDP's conflict id; the same across the conflict's years
 * @param location            the countries whose governments are a primary party
 * @param sideAId             UCDP actor ids of side A
 * @param sideA2nd            governments supporting side A with troops
 * @param sideBId             UCDP actor ids of side B
 * @param sideB2nd            governments supporting side B with troops
 * @param territoryName       the contested territory; {@code null} when the incompatibility is government only
 * @param cumulativeIntensity whether the conflict has, since its start, reached 1,000 battle-related deaths
 * @param startDate           the start of the episode this year belongs to: UCDP's file reuses the column for
 *                            each new episode, so one conflict has several start dates over its years
 * @param endDate             the end of the episode, only in the episode's last year; {@code null} otherwise
 * @param gwnoA               Gleditsch and Ward country codes of side A
 * @param gwnoB               Gleditsch and Ward codes of side B; empty unless side B is a government
 * @param gwnoLoc             Gleditsch and Ward codes of {@code location}
 * @param region              the regions of {@code location}
 */
public record AcdConflictYear(
        int conflictId,
        List<String> location,
        List<String> sideA,
        List<Integer> sideAId,
        List<String> sideA2nd,
        List<String> sideB,
        List<Integer> sideBId,
        List<String> sideB2nd,
        Incompatibility incompatibility,
        String territoryName,
        int year,
        IntensityLevel intensityLevel,
        boolean cumulativeIntensity,
        TypeOfConflict typeOfConflict,
        LocalDate startDate,
        LocalDate endDate,
        List<Integer> gwnoA,
        List<Integer> gwnoA2nd,
        List<Integer> gwnoB,
        List<Integer> gwnoB2nd,
        List<Integer> gwnoLoc,
        List<Region> region) {

    public AcdConflictYear {
        location = List.copyOf(location);
        sideA = List.copyOf(sideA);
        sideAId = List.copyOf(sideAId);
        sideA2nd = List.copyOf(sideA2nd);
        sideB = List.copyOf(sideB);
        sideBId = List.copyOf(sideBId);
        sideB2nd = List.copyOf(sideB2nd);
        Objects.requireNonNull(incompatibility, "incompatibility");
        Objects.requireNonNull(intensityLevel, "intensityLevel");
        Objects.requireNonNull(typeOfConflict, "typeOfConflict");
        Objects.requireNonNull(startDate, "startDate");
        gwnoA = List.copyOf(gwnoA);
        gwnoA2nd = List.copyOf(gwnoA2nd);
        gwnoB = List.copyOf(gwnoB);
        gwnoB2nd = List.copyOf(gwnoB2nd);
        gwnoLoc = List.copyOf(gwnoLoc);
        region = List.copyOf(region);
    }

    /** A UCDP code with its meaning in the codebook. */
    interface Coded {
        int code();
    }

    /** What the parties fight over. */
    public enum Incompatibility implements Coded {
        TERRITORY(1), GOVERNMENT(2), TERRITORY_AND_GOVERNMENT(3);

        private final int code;

        Incompatibility(int code) {
            this.code = code;
        }

        @Override
        public int code() {
            return code;
        }
    }

    /** Battle-related deaths in the year. */
    public enum IntensityLevel implements Coded {
        /** 25 to 999 battle-related deaths. */
        MINOR(1),
        /** 1,000 or more battle-related deaths. */
        WAR(2);

        private final int code;

        IntensityLevel(int code) {
            this.code = code;
        }

        @Override
        public int code() {
            return code;
        }
    }

    public enum TypeOfConflict implements Coded {
        /** Between a state and a non-state group outside the state's territory (colonial wars). */
        EXTRASYSTEMIC(1),
        /** Between two or more states. */
        INTERSTATE(2),
        /** Between a government and non-state groups, without other states' troops. */
        INTRASTATE(3),
        /** Intrastate, with other states' troops on one or both sides. */
        INTERNATIONALISED_INTRASTATE(4);

        private final int code;

        TypeOfConflict(int code) {
            this.code = code;
        }

        @Override
        public int code() {
            return code;
        }
    }

    /** UCDP's regions of the world. */
    public enum Region implements Coded {
        EUROPE(1), MIDDLE_EAST(2), ASIA(3), AFRICA(4), AMERICAS(5);

        private final int code;

        Region(int code) {
            this.code = code;
        }

        @Override
        public int code() {
            return code;
        }
    }
}
