package org.conflictmonitor.gateway.graphql;

import java.time.OffsetDateTime;
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
import org.conflictmonitor.common.security.Roles;
import org.conflictmonitor.events.api.EventDto;
import org.conflictmonitor.events.api.KeysRequest;
import org.conflictmonitor.gateway.model.ArticleHitConnection;
import org.conflictmonitor.gateway.model.ArticleIngestion;
import org.conflictmonitor.gateway.security.RoleCheck;
import org.conflictmonitor.gateway.service.EventsService;
import org.conflictmonitor.gateway.service.SourcesService;
import org.conflictmonitor.sources.api.ArticleRequest;
import org.conflictmonitor.sources.api.ArticleSearch;
import org.conflictmonitor.sources.api.ArticleSummaryDto;
import org.conflictmonitor.sources.api.BulkIngestResult;
import org.conflictmonitor.sources.api.SourceDto;

/** Articles: full-text search, where each came from, which events cite it; and their ingest. */
@GraphQLApi
public class ArticleGraph {

    private final SourcesService sources;
    private final EventsService events;
    private final RoleCheck roles;
    private final Navigation navigation;

    public ArticleGraph(SourcesService sources, EventsService events, RoleCheck roles, Navigation navigation) {
        this.navigation = navigation;
        this.sources = sources;
        this.events = events;
        this.roles = roles;
    }

    @Query("article")
    @Description("One article by id. Null when no article has the id.")
    public ArticleSummaryDto article(@Name("id") @Description("Id of the article.") @Id @NonNull String id) {
        UUID key = IdArgument.uuid("id", id);
        return sources.articlesByIds(List.of(key)).get(key);
    }

    @Query("searchArticles")
    @Description("Full-text search with web-search syntax (`\"quoted phrase\"`, `OR`, `-excluded`), English and Russian stemming, best match first, each with a highlighted snippet.")
    public ArticleHitConnection searchArticles(
            @Name("q") @Description("What to search for; without it, the newest articles come first.") String q,
            @Name("sourceId") @Description("Keep articles of this source.") @Id String sourceId,
            @Name("language") @Description("Keep articles in this language (BCP 47 tag, e.g. en, ru).") String language,
            @Name("publishedFrom") @Description("Keep articles published at or after this instant.") OffsetDateTime publishedFrom,
            @Name("publishedTo") @Description("Keep articles published before this instant.") OffsetDateTime publishedTo,
            @Name("first") @Description("Page size, 1 to 100.") @DefaultValue("20") int first,
            @Name("after") @Description("The `endCursor` of the previous page, or any edge's `cursor`: the items after it.") String after) {
        ArticleSearch search = ArticleSearch.of(q, sourceId == null ? null : IdArgument.uuid("sourceId", sourceId).toString(), language,
                publishedFrom == null ? null : publishedFrom.toString(), publishedTo == null ? null : publishedTo.toString());
        return ArticleHitConnection.of(sources.search(search, after, Paging.first(first)), after, search);
    }

    @Name("totalCount")
    @Description("How many articles the search matches, counted exactly up to 10,000 and estimated beyond (`exact` says which). Counted only when asked for.")
    public TotalCount totalCount(@Source ArticleHitConnection connection) {
        return sources.countSearch(connection.search());
    }

    @Name("body")
    @Description("Full text; null when it was ingested without its text (e.g. a citation). Loaded from the sources service only when selected, for all the articles of a response at once.")
    public CompletionStage<List<String>> bodyOfArticles(@Source List<ArticleSummaryDto> parents) {
        return navigation.one(parents, ArticleSummaryDto::id, sources::articleTextsByIds);
    }

    @Name("source")
    @Description("The source that published the article.")
    public CompletionStage<List<SourceDto>> sourceOfArticles(@Source List<ArticleSummaryDto> parents) {
        return navigation.one(parents, ArticleSummaryDto::sourceId, sources::sourcesByIds);
    }

    @Name("events")
    @Description("The events with a claim citing the article, newest first.")
    public CompletionStage<List<List<EventDto>>> eventsCitingArticles(@Source List<ArticleSummaryDto> parents,
            @Name("first") @Description("At most this many events per article, 1 to 100.") @DefaultValue("20") int first) {
        int limit = Paging.first(first);
        return navigation.many(parents, ArticleSummaryDto::id, ids -> events.eventsCitingArticles(new KeysRequest(List.copyOf(ids), limit)));
    }

    @Mutation("ingestArticle")
    @Description("Store an article unless its canonical URL is stored already (then nothing changes). Without `sourceId` the source is found from the URL's domain. Requires curator.")
    public ArticleIngestion ingestArticle(@Name("input") @Description("The article.") @NonNull ArticleRequest input) {
        roles.require(Roles.CURATOR);
        return sources.ingest(input);
    }

    @Mutation("ingestArticles")
    @Description("Ingest up to 1,000 articles at once; each gets its own result, and a bad one never rejects the others. Requires curator.")
    public BulkIngestResult ingestArticles(@Name("inputs") @Description("The articles.") @NonNull List<@NonNull ArticleRequest> inputs) {
        roles.require(Roles.CURATOR);
        return sources.bulkIngest(inputs);
    }

    @Mutation("deleteArticle")
    @Description("Delete an article; returns its id. Requires admin.")
    @Id
    public UUID deleteArticle(@Name("id") @Description("Id of the article.") @Id @NonNull String id) {
        roles.require(Roles.ADMIN);
        UUID key = IdArgument.uuid("id", id);
        sources.deleteArticle(key);
        return key;
    }
}
