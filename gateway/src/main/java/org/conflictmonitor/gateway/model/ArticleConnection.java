package org.conflictmonitor.gateway.model;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import org.conflictmonitor.api.paging.Page;
import org.conflictmonitor.sources.api.ArticleSummaryDto;

@Description("A page of articles.")
public record ArticleConnection(
        @Description("The articles of this page, in order.") @NonNull List<@NonNull ArticleSummaryDto> nodes,
        @Description("Whether more follow, and the cursor to get them.") @NonNull PageInfo pageInfo) {

    public static ArticleConnection of(Page<ArticleSummaryDto> page) {
        return new ArticleConnection(page.items(), PageInfo.of(page));
    }
}
