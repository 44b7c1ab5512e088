package org.conflictmonitor.sources.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.conflictmonitor.api.validation.OneOf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SourceByNameInput", description = """
        A source named as a dataset names it, and what to create it with if no source has the name yet. \
        An existing source is never changed.""")
public record SourceByNameRequest(
        @Schema(description = "Name of the source, matched case-insensitively (as the unique name index does) after trimming.", examples = "Reuters")
        @NotBlank @Size(max = 300) String name,
        @Schema(implementation = SourceKind.class, description = "Kind of the source if it is created; OTHER when left out.", nullable = true)
        @OneOf(SourceKind.class) String kind,
        @Schema(description = "Reliability of the source if it is created; grade F (reliability cannot be judged), without rationale, when left out.", nullable = true)
        @Valid ReliabilityInput reliability) {
}
