package org.conflictmonitor.gateway.error;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.language.SourceLocation;

import org.conflictmonitor.api.problem.FieldError;

/**
 * A GraphQL error a client can act on: its message says what went wrong and `extensions.code`
 * which kind of error it is. graphql-java copies the extensions into the response as they are.
 */
public class GatewayError extends RuntimeException implements GraphQLError {

    private final transient Map<String, Object> extensions;

    protected GatewayError(ErrorCode code, String message, Map<String, Object> details) {
        super(message, null, false, false);
        Map<String, Object> ext = new LinkedHashMap<>();
        ext.put("code", code.name());
        ext.putAll(details);
        this.extensions = Map.copyOf(ext);
    }

    public static GatewayError of(ErrorCode code, String message) {
        return new GatewayError(code, message, Map.of());
    }

    /** Invalid input; each field is named with what is wrong with it. */
    public static GatewayError badUserInput(String message, List<FieldError> fields) {
        List<Map<String, String>> invalid = fields.stream()
                .map(f -> Map.of("field", f.field(), "message", f.message())).toList();
        return new GatewayError(ErrorCode.BAD_USER_INPUT, message, Map.of("invalidFields", invalid));
    }

    public static GatewayError forbidden(String role) {
        return new GatewayError(ErrorCode.FORBIDDEN, "This operation needs the " + role + " role.", Map.of("requiredRole", role));
    }

    public ErrorCode code() {
        return ErrorCode.valueOf((String) extensions.get("code"));
    }

    @Override
    public Map<String, Object> getExtensions() {
        return extensions;
    }

    @Override
    public List<SourceLocation> getLocations() {
        return null;
    }

    @Override
    public ErrorClassification getErrorType() {
        return ErrorType.DataFetchingException;
    }
}
