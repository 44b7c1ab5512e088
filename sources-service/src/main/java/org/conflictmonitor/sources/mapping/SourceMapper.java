package org.conflictmonitor.sources.mapping;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.conflictmonitor.sources.api.Ownership;
import org.conflictmonitor.sources.api.ReliabilityDto;
import org.conflictmonitor.sources.api.SourceDto;
import org.conflictmonitor.sources.api.SourceKind;
import org.conflictmonitor.sources.api.SourceRequest;
import org.conflictmonitor.sources.entity.Source;

@ApplicationScoped
public class SourceMapper {

    public SourceDto toDto(Source s) {
        return new SourceDto(s.id, s.name, s.kind, s.homepageUrl, List.copyOf(s.domains), s.country, List.copyOf(s.languages),
                s.ownership, new ReliabilityDto(s.reliabilityGrade, s.reliabilityGrade.label(), s.reliabilityRationale,
                        s.reliabilityRatedBy, s.reliabilityRatedAt),
                s.actorId, List.copyOf(s.feedUrls), s.createdAt, s.createdBy, s.updatedAt, s.updatedBy, s.version);
    }

    /** Copies what a client may set, except the rating, whose author and time the service records. */
    public void apply(SourceRequest r, Source s) {
        s.name = r.name().strip();
        s.kind = SourceKind.valueOf(r.kind());
        s.homepageUrl = r.homepageUrl() == null ? null : r.homepageUrl().strip();
        s.country = r.country();
        s.languages = new ArrayList<>(new LinkedHashSet<>(r.languages() == null ? List.of() : r.languages()));
        s.ownership = r.ownership() == null ? Ownership.UNKNOWN : Ownership.valueOf(r.ownership());
        s.actorId = r.actorId();
        s.feedUrls = new ArrayList<>(new LinkedHashSet<>(r.feedUrls() == null ? List.of() : r.feedUrls()));
        s.domains.clear();
        if (r.domains() != null) {
            s.domains.addAll(r.domains());
        }
    }
}
