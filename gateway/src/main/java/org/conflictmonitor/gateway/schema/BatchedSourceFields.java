package org.conflictmonitor.gateway.schema;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchema;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.BatchLoaderHelper;
import io.smallrye.graphql.spi.EventingService;

/**
 * Hands each value of a batched field without arguments (an event's participant's {@code actor},
 * a claim's {@code article}, …: the {@code @Source List<…>} resolvers) straight to the field's data
 * loader. SmallRye GraphQL's own fetcher first builds a per-value context (the selected fields as
 * JSON, twice, and a clone of the request's context) that only its events and per-resolver metrics
 * read: 17 % of the gateway's CPU on a page of 100 events with their 200 participants
 * (benchmarks/README.md). The batch itself still runs through SmallRye, once per batch, with the
 * first value's environment, as it does with SmallRye's fetcher; fields with arguments keep it.
 */
public final class BatchedSourceFields implements EventingService {

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        GraphQLSchema schema = builder.build();
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        GraphQLCodeRegistry.Builder direct = GraphQLCodeRegistry.newCodeRegistry(registry);
        schema.getAllTypesAsList().stream()
                .filter(GraphQLFieldsContainer.class::isInstance)
                .map(GraphQLFieldsContainer.class::cast)
                .forEach(type -> type.getFieldDefinitions().stream()
                        .filter(field -> field.getArguments().isEmpty())
                        .forEach(field -> {
                            FieldCoordinates coordinates = FieldCoordinates.coordinates(type.getName(), field.getName());
                            if (registry.getDataFetcher(coordinates, field) instanceof BatchDataFetcher<?>) {
                                direct.dataFetcher(coordinates, loaderOf(type.getName(), field));
                            }
                        }));
        return builder.codeRegistry(direct.build());
    }

    /** SmallRye names a batched field's loader after the type and the field ({@code BatchLoaderHelper.getName}). */
    private static DataFetcher<Object> loaderOf(String typeName, GraphQLFieldDefinition field) {
        String loader = typeName + "_" + field.getName();
        return (DataFetchingEnvironment environment) -> environment.getDataLoader(loader).load(environment.getSource(),
                Map.of(BatchLoaderHelper.ARGUMENTS, List.of(), BatchLoaderHelper.DATA_FETCHING_ENVIRONMENT, environment));
    }
}
