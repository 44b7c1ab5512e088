package org.conflictmonitor.sources.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.conflictmonitor.sources.repository.ArticleRepository;

/**
 * Turns a PostgreSQL headline into HTML a front end can insert as is: the article text escaped, the
 * matches wrapped in {@code <mark>}.
 */
@ApplicationScoped
public class SnippetFormatter {

    public String toHtml(String headline) {
        if (headline == null) {
            return null;
        }
        StringBuilder html = new StringBuilder(headline.length() + 32);
        for (int i = 0; i < headline.length(); i++) {
            char c = headline.charAt(i);
            switch (c) {
                case ArticleRepository.MATCH_START -> html.append("<mark>");
                case ArticleRepository.MATCH_END -> html.append("</mark>");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
        return html.toString().strip();
    }
}
