package org.conflictmonitor.gateway.schema;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.microprofile.graphql.Description;

import graphql.Scalars;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLImplementingType;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.GraphQLTypeReference;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import graphql.schema.SchemaTransformer;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import io.smallrye.graphql.spi.EventingService;

/**
 * What SmallRye GraphQL's code-first schema cannot say by annotations, said before the schema is
 * built: the strings that are one constant of an enum become that enum ({@link ClosedSets}), the
 * scalars say their formats, and types no operation reaches are left out.
 *
 * <p>SmallRye GraphQL finds it with {@link java.util.ServiceLoader} (META-INF/services) rather than as
 * a CDI observer of {@code GraphQLSchema.Builder}: that observer needs SmallRye's CDI events, which
 * then also fire a CDI event before every field fetched, 8 % of the gateway's CPU on a page of 100
 * events (benchmarks/README.md).
 */
public final class SchemaRefinement implements EventingService {

    private static final Map<String, String> SCALAR_FORMATS = Map.of(
            "Date", "A calendar day, ISO 8601 / RFC 3339 full-date: `2020-07-12`.",
            "DateTime", "An instant with its UTC offset, ISO 8601 / RFC 3339 date-time: `2020-07-12T14:05:00+04:00`.",
            "BigInteger", "An integer of any size, as a JSON number.",
            "BigDecimal", "A decimal number of any size and precision, as a JSON number.");

    private static final Map<String, String> SCALAR_SPECIFICATIONS = Map.of(
            "Date", "https://www.rfc-editor.org/rfc/rfc3339#section-5.6",
            "DateTime", "https://www.rfc-editor.org/rfc/rfc3339#section-5.6");

    /**
     * Arguments that take lists of ids, as `Type.field.argument`. SmallRye GraphQL 2.17 fails an
     * `@Id` list argument at run time ("Unknown Scalar Type [java.util.List]"), so their resolvers
     * declare strings and the schema says `ID`, which graphql-java hands over as strings.
     */
    private static final Set<String> ID_LIST_ARGUMENTS = Set.of("Query.nodes.ids");

    private final ClosedSets closedSets = new ClosedSets();

    @Override
    public String getConfigKey() {
        return null; // always on: the published schema is this one
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        GraphQLSchema built = builder.build();
        // SmallRye's enums carry their constants' names as values, so the strings pass through both ways.
        // An enum no Java-enum-typed field uses yet is not in the schema: it comes in with the fields that use it.
        Map<String, GraphQLType> enums = new HashMap<>();
        for (Class<? extends Enum<?>> type : closedSets.enums()) {
            String name = type.getSimpleName();
            enums.put(name, built.getType(name) != null ? GraphQLTypeReference.typeRef(name) : enumType(type));
        }
        GraphQLSchema refined = SchemaTransformer.transformSchema(built, new Refinements(enums));
        Set<String> reachable = reachable(refined);
        builder.query(refined.getQueryType())
                .mutation(refined.getMutationType())
                .subscription(refined.getSubscriptionType())
                .clearAdditionalTypes()
                .additionalTypes(refined.getAdditionalTypes().stream()
                        .filter(type -> reachable.contains(((GraphQLNamedType) type).getName()))
                        .collect(Collectors.toCollection(LinkedHashSet::new)))
                .codeRegistry(refined.getCodeRegistry())
                // The directives' arguments use the scalars too (SmallRye's @constraint takes a BigInteger).
                .clearDirectives()
                .additionalDirectives(new LinkedHashSet<>(refined.getDirectives()));
        return builder;
    }

    /**
     * The types a document can reach from the root operations. SmallRye also declares output types
     * for records it only ever reads as inputs (an `ActorRequest` type beside `ActorInput`); no
     * field returns them, and a reader of the schema should not have to wonder which to use.
     */
    private static Set<String> reachable(GraphQLSchema schema) {
        Set<String> seen = new HashSet<>();
        Deque<GraphQLType> todo = new ArrayDeque<>();
        Stream.of(schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()).filter(Objects::nonNull).forEach(todo::add);
        while (!todo.isEmpty()) {
            GraphQLNamedType type = (GraphQLNamedType) GraphQLTypeUtil.unwrapAll(todo.poll());
            if (!seen.add(type.getName())) {
                continue;
            }
            if (type instanceof GraphQLFieldsContainer container) {
                container.getFieldDefinitions().forEach(field -> {
                    todo.add(field.getType());
                    field.getArguments().forEach(argument -> todo.add(argument.getType()));
                });
            }
            if (type instanceof GraphQLImplementingType implementing) {
                todo.addAll(implementing.getInterfaces());
            }
            if (type instanceof GraphQLInterfaceType contract) {
                todo.addAll(schema.getImplementations(contract));
            }
            if (type instanceof GraphQLUnionType union) {
                todo.addAll(union.getTypes());
            }
            if (type instanceof GraphQLInputObjectType input) {
                input.getFieldDefinitions().forEach(field -> todo.add(field.getType()));
            }
        }
        return seen;
    }

    private final class Refinements extends GraphQLTypeVisitorStub {

        /** Each closed set's enum, by name: a reference to the schema's own, or the type to add. */
        private final Map<String, GraphQLType> enums;

        Refinements(Map<String, GraphQLType> enums) {
            this.enums = enums;
        }

        @Override
        public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field, TraverserContext<GraphQLSchemaElement> context) {
            GraphQLType type = asEnum(context.getParentNode(), field.getName(), field.getType());
            return type == null ? TraversalControl.CONTINUE
                    : changeNode(context, field.transform(f -> f.type((GraphQLOutputType) type)));
        }

        @Override
        public TraversalControl visitGraphQLInputObjectField(GraphQLInputObjectField field, TraverserContext<GraphQLSchemaElement> context) {
            GraphQLType type = asEnum(context.getParentNode(), field.getName(), field.getType());
            return type == null ? TraversalControl.CONTINUE
                    : changeNode(context, field.transform(f -> f.type((GraphQLInputType) type)));
        }

        @Override
        public TraversalControl visitGraphQLArgument(GraphQLArgument argument, TraverserContext<GraphQLSchemaElement> context) {
            if (!(context.getParentNode() instanceof GraphQLFieldDefinition field)
                    || !(context.getParentContext().getParentNode() instanceof GraphQLNamedType owner)
                    || !ID_LIST_ARGUMENTS.contains(owner.getName() + "." + field.getName() + "." + argument.getName())) {
                return TraversalControl.CONTINUE;
            }
            return changeNode(context, argument.transform(a -> a.type((GraphQLInputType) replaceString(argument.getType(), Scalars.GraphQLID))));
        }

        @Override
        public TraversalControl visitGraphQLScalarType(GraphQLScalarType scalar, TraverserContext<GraphQLSchemaElement> context) {
            String format = SCALAR_FORMATS.get(scalar.getName());
            if (format == null) {
                return TraversalControl.CONTINUE;
            }
            return changeNode(context, scalar.transform(s -> s.description(format)
                    .specifiedByUrl(SCALAR_SPECIFICATIONS.get(scalar.getName()))));
        }

        /** The field's type with its string made the enum it holds, wrappers kept; null when it is not such a field. */
        private GraphQLType asEnum(GraphQLSchemaElement parent, String field, GraphQLType type) {
            if (!(parent instanceof GraphQLNamedType owner)) {
                return null;
            }
            Class<? extends Enum<?>> constants = closedSets.enumOf(owner.getName(), field);
            return constants == null ? null : replaceString(type, enums.get(constants.getSimpleName()));
        }

        private GraphQLType replaceString(GraphQLType type, GraphQLType enumType) {
            if (type instanceof GraphQLNonNull nonNull) {
                return GraphQLNonNull.nonNull(replaceString(nonNull.getWrappedType(), enumType));
            }
            if (type instanceof GraphQLList list) {
                return GraphQLList.list(replaceString(list.getWrappedType(), enumType));
            }
            return enumType;
        }
    }

    private static GraphQLEnumType enumType(Class<? extends Enum<?>> type) {
        Description description = type.getAnnotation(Description.class);
        GraphQLEnumType.Builder builder = GraphQLEnumType.newEnum().name(type.getSimpleName())
                .description(description == null ? null : description.value());
        for (Enum<?> constant : type.getEnumConstants()) {
            builder.value(GraphQLEnumValueDefinition.newEnumValueDefinition()
                    .name(constant.name()).value(constant.name()).description(constantDescription(type, constant)).build());
        }
        return builder.build();
    }

    private static String constantDescription(Class<?> type, Enum<?> constant) {
        try {
            Description description = type.getField(constant.name()).getAnnotation(Description.class);
            return description == null ? null : description.value();
        } catch (NoSuchFieldException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
