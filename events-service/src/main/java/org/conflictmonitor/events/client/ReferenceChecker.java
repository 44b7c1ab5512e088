package org.conflictmonitor.events.client;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import org.conflictmonitor.api.lookup.IdsRequest;
import org.conflictmonitor.api.paging.PageLimits;
import org.conflictmonitor.common.error.ProblemException;

/**
 * Which of the actor and article ids an event or claim refers to exist, asked of the services that
 * own them with the caller's own token, so that those services apply the caller's rights.
 */
@ApplicationScoped
public class ReferenceChecker {

    private final ActorsClient actors;
    private final ArticlesClient articles;
    private final JsonWebToken token;

    public ReferenceChecker(@RestClient ActorsClient actors, @RestClient ArticlesClient articles, JsonWebToken token) {
        this.actors = actors;
        this.articles = articles;
        this.token = token;
    }

    /** The given actor ids that no actor has (merged duplicates count as existing). */
    public Set<UUID> unknownActors(Collection<UUID> ids) {
        Set<UUID> missing = new LinkedHashSet<>();
        for (List<UUID> chunk : chunks(ids)) {
            try {
                missing.addAll(actors.lookup(authorization(), new IdsRequest(chunk)).missing());
            } catch (ProblemException e) {
                throw e;
            } catch (RuntimeException e) {
                throw unavailable("actors-service", "the actor ids", e);
            }
        }
        return missing;
    }

    /** The given article ids that no article has. */
    public Set<UUID> unknownArticles(Collection<UUID> ids) {
        Set<UUID> missing = new LinkedHashSet<>();
        for (List<UUID> chunk : chunks(ids)) {
            try {
                missing.addAll(articles.lookup(authorization(), new IdsRequest(chunk)).missing());
            } catch (ProblemException e) {
                throw e;
            } catch (RuntimeException e) {
                throw unavailable("sources-service", "the article ids", e);
            }
        }
        return missing;
    }

    private static ProblemException unavailable(String service, String what, RuntimeException cause) {
        return ProblemException.unavailable(service, service + " did not answer in time, so " + what
                + " could not be checked; nothing was changed. Try again.");
    }

    private static List<List<UUID>> chunks(Collection<UUID> ids) {
        List<UUID> all = new ArrayList<>(new LinkedHashSet<>(ids));
        List<List<UUID>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += PageLimits.MAX_BATCH) {
            chunks.add(all.subList(i, Math.min(all.size(), i + PageLimits.MAX_BATCH)));
        }
        return chunks;
    }

    /** The caller's bearer token, passed on as it came. */
    private String authorization() {
        return "Bearer " + token.getRawToken();
    }
}
