package org.conflictmonitor.sources.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.conflictmonitor.api.validation.OneOf;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Description("A reliability grade and its rationale. Who rated and when is recorded by the service whenever the grade or rationale changes.")
@Input("ReliabilityInput")
public record ReliabilityInput(
        @Description("A to F.") @Schema(implementation = ReliabilityGrade.class, description = "A to F.")
        @NotNull @OneOf(ReliabilityGrade.class) String grade,
        @Description("Why the source deserves this grade.") @Schema(nullable = true)
        @Size(max = 4000) String rationale) {
}
