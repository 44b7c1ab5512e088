package org.conflictmonitor.actors.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.conflictmonitor.actors.api.ActorBulkRequest;
import org.conflictmonitor.actors.api.ActorBulkResult;
import org.conflictmonitor.actors.api.ActorDto;
import org.conflictmonitor.actors.api.ActorFilter;
import org.conflictmonitor.api.lookup.IdsRequest;
import org.conflictmonitor.actors.api.ActorLookupResult;
import org.conflictmonitor.actors.api.ActorRequest;
import org.conflictmonitor.actors.api.ActorsApi;
import org.conflictmonitor.actors.api.MergeRequest;
import org.conflictmonitor.actors.api.RelationDto;
import org.conflictmonitor.actors.api.RelationsOfActors;
import org.conflictmonitor.actors.api.RelationRequest;
import org.conflictmonitor.actors.api.ResolveCandidate;
import org.conflictmonitor.actors.service.ActorService;
import org.conflictmonitor.actors.service.RelationService;
import org.conflictmonitor.actors.service.UcdpKeyService;
import org.conflictmonitor.api.paging.Page;
import org.conflictmonitor.api.paging.TotalCount;
import org.conflictmonitor.common.security.Roles;

/**
 * The REST face of {@link ActorService}; the contract and its documentation live in {@link ActorsApi}.
 */
public class ActorResource implements ActorsApi {

    private final ActorService actors;
    private final RelationService relations;
    private final UcdpKeyService ucdp;
    private final UriInfo uri;

    public ActorResource(ActorService actors, RelationService relations, UcdpKeyService ucdp, UriInfo uri) {
        this.actors = actors;
        this.relations = relations;
        this.ucdp = ucdp;
        this.uri = uri;
    }

    @Override
    @RolesAllowed(Roles.VIEWER)
    public Page<ActorDto> list(ActorFilter filter, String cursor, String before, int limit) {
        return actors.list(filter, cursor, before, limit);
    }

    @Override
    @RolesAllowed(Roles.VIEWER)
    public TotalCount count(ActorFilter filter, int bound) {
        return actors.count(filter, bound);
    }

    @Override
    @RolesAllowed(Roles.VIEWER)
    public ActorDto get(UUID id) {
        return actors.get(id);
    }

    @Override
    @RolesAllowed(Roles.VIEWER)
    public ActorLookupResult lookup(IdsRequest request) {
        return actors.lookup(request.ids());
    }

    @Override
    @RolesAllowed(Roles.VIEWER)
    public List<ResolveCandidate> resolve(String name, List<String> kind, int limit) {
        return actors.resolve(name, kind, limit);
    }

    @Override
    @RolesAllowed(Roles.VIEWER)
    public ActorDto byUcdpKey(Integer ucdpActorId, String ucdpName) {
        return ucdp.find(ucdpActorId, ucdpName);
    }

    @Override
    @RolesAllowed(Roles.CURATOR)
    public ActorBulkResult bulk(ActorBulkRequest request) {
        return ucdp.resolveOrCreate(request.actors());
    }

    @Override
    @RolesAllowed(Roles.CURATOR)
    public Response create(ActorRequest request) {
        ActorDto created = actors.create(request);
        return Response.created(uri.getBaseUriBuilder().path("actors").path(created.id().toString()).build())
                .entity(created).build();
    }

    @Override
    @RolesAllowed(Roles.CURATOR)
    public ActorDto update(UUID id, ActorRequest request) {
        return actors.update(id, request);
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public void delete(UUID id) {
        actors.delete(id);
    }

    @Override
    @RolesAllowed(Roles.VIEWER)
    public RelationsOfActors relationsOfActors(IdsRequest request) {
        return relations.involvingEach(request.ids());
    }

    @Override
    @RolesAllowed(Roles.VIEWER)
    public List<RelationDto> relations(UUID id, String type) {
        return relations.involving(id, type);
    }

    @Override
    @RolesAllowed(Roles.CURATOR)
    public Response addRelation(UUID id, RelationRequest request) {
        return Response.status(Response.Status.CREATED).entity(relations.add(id, request)).build();
    }

    @Override
    @RolesAllowed(Roles.CURATOR)
    public void removeRelation(UUID id, UUID relationId) {
        relations.remove(id, relationId);
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public ActorDto merge(UUID id, MergeRequest request) {
        return actors.merge(id, request.duplicateId());
    }
}
