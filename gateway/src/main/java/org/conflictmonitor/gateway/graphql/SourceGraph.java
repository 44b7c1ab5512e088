package org.conflictmonitor.gateway.graphql;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import org.conflictmonitor.api.paging.TotalCount;
import org.conflictmonitor.actors.api.ActorDto;
import org.conflictmonitor.common.security.Roles;
import org.conflictmonitor.gateway.model.SourceConnection;
import org.conflictmonitor.gateway.model.PageRequest;
import org.conflictmonitor.gateway.security.RoleCheck;
import org.conflictmonitor.gateway.service.ActorsService;
import org.conflictmonitor.gateway.service.SourcesService;
import org.conflictmonitor.sources.api.ArticleSummaryDto;
import org.conflictmonitor.sources.api.ReliabilityGrade;
import org.conflictmonitor.sources.api.SourceDto;
import org.conflictmonitor.sources.api.SourceFilter;
import org.conflictmonitor.sources.api.SourceKind;
import org.conflictmonitor.sources.api.SourceRequest;

/** Sources: outlets and the bodies that make statements, rated for reliability; and their editing. */
@GraphQLApi
public class SourceGraph {

    private final SourcesService sources;
    private final ActorsService actors;
    private final RoleCheck roles;
    private final Navigation navigation;

    public SourceGraph(SourcesService sources, ActorsService actors, RoleCheck roles, Navigation navigation) {
        this.navigation = navigation;
        this.sources = sources;
        this.actors = actors;
        this.roles = roles;
    }

    @Query("source")
    @Description("One source by id. Null when no source has the id.")
    public SourceDto source(@Name("id") @Description("Id of the source.") @Id @NonNull String id) {
        UUID key = IdArgument.uuid("id", id);
        return sources.sourcesByIds(List.of(key)).get(key);
    }

    @Query("sources")
    @Description("Sources ordered by name, a page at a time: forward with `first`/`after`, backward with `last`/`before`.")
    public SourceConnection sources(
            @Name("q") @Description("Text the name contains, case ignored.") String q,
            @Name("kind") @Description("Keep sources of this kind.") SourceKind kind,
            @Name("country") @Description("ISO 3166-1 alpha-3 country of the source.") String country,
            @Name("grade") @Description("Keep sources with this reliability grade (Admiralty A–F).") ReliabilityGrade grade,
            @Name("first") @Description(PagingDirection.FIRST) Integer first,
            @Name("after") @Description(PagingDirection.AFTER) String after,
            @Name("last") @Description(PagingDirection.LAST) Integer last,
            @Name("before") @Description(PagingDirection.BEFORE) String before) {
        SourceFilter filter = SourceFilter.of(q, kind == null ? null : kind.name(), country, grade == null ? null : grade.name());
        PageRequest page = PagingDirection.of(first, after, last, before);
        return SourceConnection.of(sources.listSources(filter, page.after(), page.before(), page.size()), page, filter);
    }

    @Name("totalCount")
    @Description("How many sources the filters match, counted exactly up to 10,000 and estimated beyond (`exact` says which). Counted only when asked for.")
    public TotalCount totalCount(@Source SourceConnection connection) {
        return sources.countSources(connection.filter());
    }

    @Name("actor")
    @Description("The actor the source speaks for (e.g. the ministry behind a press service), if any.")
    public CompletionStage<List<ActorDto>> actorOfSources(@Source List<SourceDto> parents) {
        return navigation.one(parents, SourceDto::actorId, actors::byIds);
    }

    @Name("articles")
    @Description("The source's newest articles; page further with `searchArticles(sourceId: …)`.")
    public CompletionStage<List<List<ArticleSummaryDto>>> articlesOfSources(@Source List<SourceDto> parents,
            @Name("first") @Description("At most this many articles per source, 1 to 100.") @DefaultValue("20") int first) {
        int limit = Paging.first(first);
        return navigation.many(parents, SourceDto::id, ids -> sources.newestArticlesOfSources(ids, limit));
    }

    @Mutation("createSource")
    @Description("Create a source with its reliability rating. Requires curator.")
    public SourceDto createSource(@Name("input") @Description("The new source.") @NonNull SourceRequest input) {
        roles.require(Roles.CURATOR);
        return sources.createSource(input);
    }

    @Mutation("updateSource")
    @Description("Replace a source's data; send the version you read. Requires curator.")
    public SourceDto updateSource(@Name("id") @Description("Id of the source.") @Id @NonNull String id,
            @Name("input") @Description("The source's new data, with the version you read.") @NonNull SourceRequest input) {
        roles.require(Roles.CURATOR);
        return sources.updateSource(IdArgument.uuid("id", id), input);
    }

    @Mutation("deleteSource")
    @Description("Delete a source that has no articles (one with articles is a CONFLICT naming how many: delete them first); returns its id. Requires admin.")
    @Id
    public UUID deleteSource(@Name("id") @Description("Id of the source.") @Id @NonNull String id) {
        roles.require(Roles.ADMIN);
        UUID key = IdArgument.uuid("id", id);
        sources.deleteSource(key);
        return key;
    }
}
