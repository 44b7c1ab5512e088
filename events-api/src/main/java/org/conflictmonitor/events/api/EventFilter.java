package org.conflictmonitor.events.api;

import java.util.List;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.conflictmonitor.api.validation.IsoCountry;
import org.conflictmonitor.api.validation.OneOf;
import org.conflictmonitor.api.validation.UuidString;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filters of event queries, statistics and exports; all combine with AND. Query parameters are
 * taken as strings and validated, so that a malformed one is a 400 naming it (JAX-RS would answer 404).
 */
public class EventFilter {

    @QueryParam("from")
    @Parameter(description = "Keep events that overlap the period starting on this day (ISO date).", schema = @Schema(type = SchemaType.STRING, format = "date"))
    @jakarta.validation.constraints.Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "must be a date such as 2020-07-12")
    public String from;

    @QueryParam("to")
    @Parameter(description = "Keep events that overlap the period ending on this day (ISO date).", schema = @Schema(type = SchemaType.STRING, format = "date"))
    @jakarta.validation.constraints.Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "must be a date such as 2020-07-12")
    public String to;

    @QueryParam("country")
    @Parameter(description = "ISO 3166-1 alpha-3 country.")
    @IsoCountry
    public String country;

    @QueryParam("admin1")
    @Parameter(description = "First-level administrative division, exactly.")
    @Size(max = 200)
    public String admin1;

    @QueryParam("conflictId")
    @Parameter(description = "The conflict.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    @UuidString
    public String conflictId;

    @QueryParam("actorId")
    @Parameter(description = "An actor on either side.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    @UuidString
    public String actorId;

    @QueryParam("disorderType")
    @Parameter(description = "ACLED disorder type.", schema = @Schema(implementation = DisorderType.class))
    @OneOf(DisorderType.class)
    public String disorderType;

    @QueryParam("eventType")
    @Parameter(description = "ACLED event type.", schema = @Schema(implementation = EventType.class))
    @OneOf(EventType.class)
    public String eventType;

    @QueryParam("subEventType")
    @Parameter(description = "ACLED sub-event type.", schema = @Schema(implementation = SubEventType.class))
    @OneOf(SubEventType.class)
    public String subEventType;

    @QueryParam("bbox")
    @Parameter(description = "Bounding box `minLon,minLat,maxLon,maxLat` (WGS 84); events without coordinates are left out.", example = "44.5,40.5,46.5,41.5")
    @jakarta.validation.constraints.Pattern(regexp = "-?\\d+(\\.\\d+)?,-?\\d+(\\.\\d+)?,-?\\d+(\\.\\d+)?,-?\\d+(\\.\\d+)?",
            message = "must be minLon,minLat,maxLon,maxLat")
    public String bbox;

    @QueryParam("ucdpEventId")
    @Parameter(description = "The event UCDP's GED gives this id (`id`).")
    @Positive
    public Long ucdpEventId;

    @QueryParam("ucdpVersion")
    @Parameter(description = "Keep the events coded from this version of UCDP's GED, e.g. `23.1` (what an export in UCDP's layout takes).")
    @jakarta.validation.constraints.Pattern(regexp = "\\d{1,2}\\.\\d{1,2}", message = "must be a GED version such as 23.1")
    public String ucdpVersion;

    @QueryParam("minKilled")
    @Parameter(description = "Keep events whose best estimate of killed is at least this.")
    @PositiveOrZero
    public Integer minKilled;

    @QueryParam("q")
    @Parameter(description = "Words the title or notes contain (English stemming).")
    @Size(max = 300)
    public String q;

    @QueryParam("tag")
    @Parameter(description = "Keep events carrying all these tags (repeat for several).")
    public List<@Size(max = 64) String> tag;

    @QueryParam("status")
    @Parameter(description = "DRAFT, PUBLISHED or RETRACTED. Viewers always get PUBLISHED only; curators get all unless they ask.", schema = @Schema(implementation = EventStatus.class))
    @OneOf(EventStatus.class)
    public String status;
}
