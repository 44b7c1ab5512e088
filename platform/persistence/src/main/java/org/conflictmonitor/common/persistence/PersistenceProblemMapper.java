package org.conflictmonitor.common.persistence;

import static org.conflictmonitor.common.error.ProblemMapper.path;
import static org.conflictmonitor.common.error.ProblemMapper.respond;

import java.util.List;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import org.conflictmonitor.api.problem.Problem;
import org.conflictmonitor.api.problem.ProblemType;

/** Database clashes a client can cause by writing at the same time as someone else: 409, never 500. */
public class PersistenceProblemMapper {

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public Response concurrentUpdate(RuntimeException e, UriInfo uri) {
        return respond(new Problem(ProblemType.CONFLICT, "Conflict", 409,
                "Someone else changed this resource at the same time. Reload it and apply your change again.",
                path(uri), List.of()));
    }

    /** A unique or foreign key the database enforces, hit by a change made at the same time by someone else. */
    @ServerExceptionMapper
    public Response clash(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        return respond(new Problem(ProblemType.CONFLICT, "Conflict", 409,
                "The change clashes with data stored at the same time (a name, URL or id that must be unique)."
                        + " Reload and try again.", path(uri), List.of()));
    }
}
