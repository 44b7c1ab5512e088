package org.conflictmonitor.events.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.conflictmonitor.events.api.ConflictType;
import org.conflictmonitor.events.api.Incompatibility;
import org.conflictmonitor.events.api.IntensityLevel;

/**
 * One row of the UCDP/PRIO Armed Conflict Dataset: the conflict in one year (the key of
 * {@link Conflict#ucdpYears}), every other column as UCDP has it. Multi-valued cells are arrays in
 * UCDP's order; an empty cell is an empty array.
 */
@Embeddable
public class AcdYear {

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> location = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "side_a", nullable = false)
    public List<String> sideA = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "side_a_id", nullable = false)
    public List<Integer> sideAId = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "side_a_2nd", nullable = false)
    public List<String> sideA2nd = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "side_b", nullable = false)
    public List<String> sideB = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "side_b_id", nullable = false)
    public List<Integer> sideBId = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "side_b_2nd", nullable = false)
    public List<String> sideB2nd = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Incompatibility incompatibility;

    @Column(name = "territory_name")
    public String territoryName;

    @Enumerated(EnumType.STRING)
    @Column(name = "intensity_level", nullable = false)
    public IntensityLevel intensityLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "cumulative_intensity", nullable = false)
    public IntensityLevel cumulativeIntensity;

    @Enumerated(EnumType.STRING)
    @Column(name = "type_of_conflict", nullable = false)
    public ConflictType typeOfConflict;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "gwno_a", nullable = false)
    public List<Integer> gwnoA = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "gwno_a_2nd", nullable = false)
    public List<Integer> gwnoA2nd = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "gwno_b", nullable = false)
    public List<Integer> gwnoB = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "gwno_b_2nd", nullable = false)
    public List<Integer> gwnoB2nd = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "gwno_loc", nullable = false)
    public List<Integer> gwnoLoc = new ArrayList<>();

    /** Names of {@link org.conflictmonitor.events.api.UcdpRegion} constants. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> region = new ArrayList<>();
}
