package org.conflictmonitor.sources.api;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.conflictmonitor.api.validation.IsoCountry;
import org.conflictmonitor.api.validation.OneOf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the source list and its count; all combine with AND. */
public class SourceFilter {

    @QueryParam("q")
    @Parameter(description = "Text the name must contain (case-insensitive).")
    @Size(max = 300)
    public String q;

    @QueryParam("kind")
    @Parameter(description = "Keep only sources of this kind.", schema = @Schema(implementation = SourceKind.class))
    @OneOf(SourceKind.class)
    public String kind;

    @QueryParam("country")
    @Parameter(description = "Keep only sources of this country (ISO 3166-1 alpha-3).")
    @IsoCountry
    public String country;

    @QueryParam("grade")
    @Parameter(description = "Keep only sources with this reliability grade.", schema = @Schema(implementation = ReliabilityGrade.class))
    @OneOf(ReliabilityGrade.class)
    public String grade;

    /** The filters as a client sends them; null for any it leaves out. */
    public static SourceFilter of(String q, String kind, String country, String grade) {
        SourceFilter filter = new SourceFilter();
        filter.q = q;
        filter.kind = kind;
        filter.country = country;
        filter.grade = grade;
        return filter;
    }
}
