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

    /** The claim as a request that would write it as it is; what an import compares with. */
    public ClaimRequest toRequest(Claim c) {
        return new ClaimRequest(c.articleId, c.claimantActorId, c.summary, c.quote, c.subEventType == null ? null : c.subEventType.name(),
                CasualtyMapper.toDtos(c.figures), c.initiatorActorId, c.credibility, null);
    }

    /** The request as it would read back once stored, defaults applied: what to compare a stored claim with. */
    public ClaimRequest normalised(ClaimRequest r) {
        Claim scratch = new Claim();
        apply(r, scratch);
        return toRequest(scratch);
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
