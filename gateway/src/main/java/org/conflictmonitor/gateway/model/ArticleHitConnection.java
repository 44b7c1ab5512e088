package org.conflictmonitor.gateway.model;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import org.conflictmonitor.api.paging.Page;
import org.conflictmonitor.sources.api.ArticleHit;

@Description("A page of search hits, best match first.")
public record ArticleHitConnection(
        @Description("The search hits of this page, best match first.") @NonNull List<@NonNull ArticleHit> nodes,
        @Description("Whether more follow, and the cursor to get them.") @NonNull PageInfo pageInfo) {

    public static ArticleHitConnection of(Page<ArticleHit> page) {
        return new ArticleHitConnection(page.items(), PageInfo.of(page));
    }
}
