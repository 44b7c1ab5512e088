package org.conflictmonitor.api.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A record's rules that span several of its fields, each reported against the field it names, as
 * a constraint on that field would be ({@code figures[0].killed}).
 * <p>
 * Why not {@code @AssertTrue boolean isKilled()}: a method named after a component reads as a
 * second property of that name to Jackson and SmallRye GraphQL, and hiding it from them hides the
 * component too (a GraphQL type lost its {@code dateTo} that way).
 */
@Documented
@Constraint(validatedBy = FieldRulesValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface FieldRules {

    String message() default "is invalid";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Implemented by the type annotated with {@link FieldRules}. */
    interface Checked {

        /** Reports each broken rule; reports nothing when all hold. */
        void check(Broken broken);
    }

    /** Where a broken rule is reported. */
    @FunctionalInterface
    interface Broken {

        void rule(String field, String message);
    }
}
