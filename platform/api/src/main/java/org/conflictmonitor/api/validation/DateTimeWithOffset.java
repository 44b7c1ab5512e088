package org.conflictmonitor.api.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An ISO 8601 date and time with offset, such as {@code 2020-07-12T00:00:00+04:00}; null is valid.
 * <p>
 * For query parameters, which are taken as strings: JAX-RS answers a query parameter that fails to
 * convert with 404 and no word of which one, where a validated string gets a 400 naming it.
 */
@Documented
@Constraint(validatedBy = DateTimeWithOffset.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface DateTimeWithOffset {

    String message() default "must be a date and time with offset, such as 2020-07-12T00:00:00+04:00";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<DateTimeWithOffset, String> {

        /** The parsed value of a string that passed validation, or null for null. */
        public static OffsetDateTime parse(String value) {
            return value == null || value.isBlank() ? null : OffsetDateTime.parse(value.strip());
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            try {
                parse(value);
                return true;
            } catch (DateTimeParseException e) {
                return false;
            }
        }
    }
}
