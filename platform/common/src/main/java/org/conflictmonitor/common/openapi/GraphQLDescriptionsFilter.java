package org.conflictmonitor.common.openapi;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.FieldInfo;
import org.jboss.jandex.IndexView;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Gives the OpenAPI document the descriptions the wire records carry for GraphQL, so that each
 * type and field is described once ({@code @Description}) for both APIs: a schema or property
 * without a description of its own takes its record's or field's. A {@code @Schema(description)}
 * stays for what is only in the REST API, and on the string fields that hold an enum's constant
 * ({@code @Schema(implementation = TheEnum.class, description = …)}): without a description there,
 * SmallRye OpenAPI refers to the enum as an object and drops the field from {@code required}.
 */
// At build time, where Quarkus hands the filter the index it scans (a filter named by
// mp.openapi.filter gets an empty one).
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class GraphQLDescriptionsFilter implements OASFilter {

    private static final DotName DESCRIPTION = DotName.createSimple("org.eclipse.microprofile.graphql.Description");
    private static final DotName SCHEMA = DotName.createSimple("org.eclipse.microprofile.openapi.annotations.media.Schema");

    private final Map<String, ClassInfo> describedTypes = new HashMap<>();

    /** @param index the classes SmallRye OpenAPI scans, the wire records among them */
    public GraphQLDescriptionsFilter(IndexView index) {
        for (AnnotationInstance description : index.getAnnotations(DESCRIPTION)) {
            ClassInfo type = declaringClass(description.target());
            if (type != null) {
                describedTypes.putIfAbsent(schemaName(type), type);
            }
        }
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        openAPI.getComponents().getSchemas().forEach((name, schema) -> {
            ClassInfo type = describedTypes.containsKey(name) ? describedTypes.get(name) : genericTypeOf(name);
            if (type != null) {
                describe(schema, type);
            }
        });
    }

    /**
     * The generic type a schema such as {@code PageActorDto} was made from: SmallRye OpenAPI names a
     * parameterised type's schema after the type and then its arguments.
     */
    private ClassInfo genericTypeOf(String schemaName) {
        return describedTypes.entrySet().stream()
                .filter(e -> !e.getValue().typeParameters().isEmpty() && schemaName.startsWith(e.getKey()))
                .max(java.util.Comparator.comparingInt(e -> e.getKey().length()))
                .map(Map.Entry::getValue).orElse(null);
    }

    private static void describe(Schema schema, ClassInfo type) {
        if (schema.getDescription() == null) {
            schema.setDescription(description(type.declaredAnnotation(DESCRIPTION)));
        }
        if (schema.getProperties() == null) {
            return;
        }
        schema.getProperties().forEach((property, propertySchema) -> {
            FieldInfo field = type.field(property);
            if (field != null && propertySchema.getDescription() == null) {
                propertySchema.setDescription(description(field.annotation(DESCRIPTION)));
            }
        });
    }

    /** The name SmallRye OpenAPI gives a type's schema: its {@code @Schema(name)}, or its simple name. */
    private static String schemaName(ClassInfo type) {
        AnnotationInstance schema = type.declaredAnnotation(SCHEMA);
        AnnotationValue name = schema == null ? null : schema.value("name");
        if (name != null && !name.asString().isEmpty()) {
            return name.asString();
        }
        String local = type.name().local();
        return local.substring(local.lastIndexOf('$') + 1);
    }

    private static ClassInfo declaringClass(AnnotationTarget target) {
        return switch (target.kind()) {
            case CLASS -> target.asClass();
            case FIELD -> target.asField().declaringClass();
            case RECORD_COMPONENT -> target.asRecordComponent().declaringClass();
            default -> null;
        };
    }

    private static String description(AnnotationInstance description) {
        return description == null ? null : description.value().asString();
    }
}
