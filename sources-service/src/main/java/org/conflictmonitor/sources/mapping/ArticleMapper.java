package org.conflictmonitor.sources.mapping;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.conflictmonitor.sources.api.ArticleDto;
import org.conflictmonitor.sources.api.ArticleSummaryDto;
import org.conflictmonitor.sources.entity.Article;

@ApplicationScoped
public class ArticleMapper {

    public ArticleSummaryDto toSummary(Article a) {
        return new ArticleSummaryDto(a.id, a.sourceId, a.canonicalUrl, a.title, a.citation, a.lede, a.language, a.publishedAt,
                a.publishedOn, a.datelinePlace, List.copyOf(a.authors), a.contentHash, a.duplicateOf, a.retrievedAt, a.createdAt, a.createdBy);
    }

    public ArticleDto toDto(Article a) {
        return new ArticleDto(a.id, a.sourceId, a.canonicalUrl, a.title, a.citation, a.lede, a.body, a.language, a.publishedAt,
                a.publishedOn, a.datelinePlace, List.copyOf(a.authors), a.contentHash, a.duplicateOf, a.retrievedAt, a.createdAt, a.createdBy);
    }
}
