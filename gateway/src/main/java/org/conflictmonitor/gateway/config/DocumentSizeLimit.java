package org.conflictmonitor.gateway.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import graphql.parser.ParserOptions;
import io.quarkus.runtime.StartupEvent;

/**
 * Caps the number of tokens of a GraphQL document, so a huge one is refused while it is parsed,
 * before any validation or execution. SmallRye GraphQL's own `parser-max-tokens` sets only
 * graphql-java's schema-parsing defaults, not those used for operations, hence this.
 */
@ApplicationScoped
public class DocumentSizeLimit {

    private final int maxTokens;

    public DocumentSizeLimit(@ConfigProperty(name = "conflict-monitor.graphql.max-tokens", defaultValue = "5000") int maxTokens) {
        this.maxTokens = maxTokens;
    }

    void apply(@Observes StartupEvent started) {
        ParserOptions.setDefaultOperationParserOptions(
                ParserOptions.getDefaultOperationParserOptions().transform(options -> options.maxTokens(maxTokens)));
    }
}
