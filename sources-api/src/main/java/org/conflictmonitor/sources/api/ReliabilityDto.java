package org.conflictmonitor.sources.api;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Reliability", description = "How far the source can be trusted, on the Admiralty scale, and why.")
public record ReliabilityDto(
        @Schema(description = "The grade, A (completely reliable) to F (cannot be judged).") ReliabilityGrade grade,
        @Schema(description = "The grade in words, e.g. `Usually reliable`.") String label,
        @Schema(description = "Why the source has this grade.", nullable = true) String rationale,
        @Schema(description = "Who gave the grade.") String ratedBy,
        @Schema(description = "When the grade was given.") OffsetDateTime ratedAt) {
}
