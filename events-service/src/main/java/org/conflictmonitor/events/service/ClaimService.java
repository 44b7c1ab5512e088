package org.conflictmonitor.events.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.conflictmonitor.api.lookup.LookupResult;
import org.conflictmonitor.api.problem.FieldError;
import org.conflictmonitor.common.lookup.Lookups;
import org.conflictmonitor.common.error.ProblemException;
import org.conflictmonitor.common.persistence.Ids;
import org.conflictmonitor.common.persistence.Versions;
import org.conflictmonitor.events.api.ClaimDto;
import org.conflictmonitor.events.api.ClaimsOfEvents;
import org.conflictmonitor.events.api.ClaimRequest;
import org.conflictmonitor.events.client.ReferenceChecker;
import org.conflictmonitor.events.entity.Claim;
import org.conflictmonitor.events.mapping.ClaimMapper;
import org.conflictmonitor.events.repository.ClaimRepository;

/**
 * The claims behind events: what each source said, citing which article.
 */
@ApplicationScoped
public class ClaimService {

    private final ClaimRepository claims;
    private final EventService events;
    private final ClaimMapper mapper;
    private final ReferenceChecker references;

    public ClaimService(ClaimRepository claims, EventService events, ClaimMapper mapper, ReferenceChecker references) {
        this.claims = claims;
        this.events = events;
        this.mapper = mapper;
        this.references = references;
    }

    @Transactional(TxType.SUPPORTS)
    public List<ClaimDto> of(UUID eventId) {
        events.visible(eventId);
        return claims.ofEvents(List.of(eventId)).stream().map(mapper::toDto).toList();
    }

    /** The claims with these ids whose events the caller may see, in the order asked; the others are missing. */
    @Transactional(TxType.SUPPORTS)
    public LookupResult<ClaimDto> lookup(List<UUID> ids) {
        List<Claim> found = claims.withIds(ids);
        Set<UUID> visible = events.visibleIds(found.stream().map(c -> c.eventId).collect(Collectors.toSet()));
        Map<UUID, Claim> byId = found.stream().filter(c -> visible.contains(c.eventId)).collect(Collectors.toMap(c -> c.id, Function.identity()));
        return Lookups.inRequestOrder(ids, byId, mapper::toDto);
    }

    /** The claims of each event the caller may see, in the order asked; the others are missing. */
    @Transactional(TxType.SUPPORTS)
    public ClaimsOfEvents ofEvents(List<UUID> eventIds) {
        Set<UUID> visible = events.visibleIds(eventIds);
        Map<UUID, List<ClaimDto>> byEvent = new HashMap<>();
        claims.ofEvents(visible).forEach(c -> byEvent.computeIfAbsent(c.eventId, k -> new ArrayList<>()).add(mapper.toDto(c)));
        List<ClaimsOfEvents.Entry> results = new ArrayList<>();
        List<UUID> missing = new ArrayList<>();
        for (UUID id : new LinkedHashSet<>(eventIds)) {
            if (visible.contains(id)) {
                results.add(new ClaimsOfEvents.Entry(id, byEvent.getOrDefault(id, List.of())));
            } else {
                missing.add(id);
            }
        }
        return new ClaimsOfEvents(results, missing);
    }

    @Transactional
    public ClaimDto add(UUID eventId, ClaimRequest request) {
        events.visible(eventId);
        checkReferences(request);
        Claim claim = new Claim();
        claim.id = Ids.newId();
        claim.eventId = eventId;
        mapper.apply(request, claim);
        claims.persistAndFlush(claim);
        return mapper.toDto(claim);
    }

    @Transactional
    public ClaimDto update(UUID eventId, UUID claimId, ClaimRequest request) {
        int version = Versions.sent(request.version());
        Claim claim = find(eventId, claimId);
        Versions.requireCurrent(claim, version, "Claim", claimId);
        checkReferences(request);
        mapper.apply(request, claim);
        claims.flush();
        return mapper.toDto(claim);
    }

    @Transactional
    public void delete(UUID eventId, UUID claimId) {
        claims.delete(find(eventId, claimId));
    }

    private Claim find(UUID eventId, UUID claimId) {
        return claims.findByIdOptional(claimId).filter(c -> c.eventId.equals(eventId))
                .orElseThrow(() -> ProblemException.notFound("Claim", claimId + " of event " + eventId));
    }

    /** The cited article and the named actors must exist in their services: a 422 names each that does not. */
    private void checkReferences(ClaimRequest r) {
        List<FieldError> errors = new ArrayList<>();
        if (references.unknownArticles(List.of(r.articleId())).contains(r.articleId())) {
            errors.add(new FieldError("articleId", "matches no article: " + r.articleId()));
        }
        Set<UUID> actorIds = new LinkedHashSet<>();
        if (r.claimantActorId() != null) {
            actorIds.add(r.claimantActorId());
        }
        if (r.initiatorActorId() != null) {
            actorIds.add(r.initiatorActorId());
        }
        Set<UUID> unknown = references.unknownActors(actorIds);
        if (r.claimantActorId() != null && unknown.contains(r.claimantActorId())) {
            errors.add(new FieldError("claimantActorId", "matches no actor: " + r.claimantActorId()));
        }
        if (r.initiatorActorId() != null && unknown.contains(r.initiatorActorId())) {
            errors.add(new FieldError("initiatorActorId", "matches no actor: " + r.initiatorActorId()));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable("The claim refers to things that do not exist.", errors);
        }
    }
}
