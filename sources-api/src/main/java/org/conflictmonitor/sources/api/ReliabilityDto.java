package org.conflictmonitor.sources.api;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Reliability")
@Description("How far the source can be trusted, on the Admiralty scale, and why.")
@Type("Reliability")
public record ReliabilityDto(
        @Description("The grade, A (completely reliable) to F (cannot be judged).") ReliabilityGrade grade,
        @Description("The grade in words, e.g. `Usually reliable`.") String label,
        @Description("Why the source has this grade.") @Schema(nullable = true) String rationale,
        @Description("Who gave the grade.") String ratedBy,
        @Description("When the grade was given.") OffsetDateTime ratedAt) {
}
