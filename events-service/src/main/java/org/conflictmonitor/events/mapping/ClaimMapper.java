package org.conflictmonitor.events.mapping;

import static org.conflictmonitor.api.text.Text.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;

import org.conflictmonitor.events.api.ClaimDto;
import org.conflictmonitor.events.api.ClaimRequest;
import org.conflictmonitor.events.api.SubEventType;
import org.conflictmonitor.events.entity.Claim;

@ApplicationScoped
public class ClaimMapper {

    public ClaimDto toDto(Claim c) {
        return new ClaimDto(c.id, c.eventId, c.articleId, c.claimantActorId, c.summary, c.quote,
                c.subEventType, CasualtyMapper.toDtos(c.figures), c.initiatorActorId, c.credibility, c.createdAt, c.createdBy, c.updatedAt, c.updatedBy, c.version);
    }

    public void apply(ClaimRequest r, Claim c) {
        c.articleId = r.articleId();
        c.claimantActorId = r.claimantActorId();
        c.summary = r.summary().strip();
        c.quote = blankToNull(r.quote());
        c.initiatorActorId = r.initiatorActorId();
        c.credibility = r.credibility() == null ? 6 : r.credibility();
        c.subEventType = r.subEventType() == null ? null : SubEventType.valueOf(r.subEventType());
        CasualtyMapper.replace(c.figures, r.figures());
    }
}
