package org.conflictmonitor.api.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * An ISO 3166-1 alpha-3 country code such as {@code ARM}; null is valid.
 */
@Documented
@Constraint(validatedBy = IsoCountryValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface IsoCountry {

    String message() default "must be an ISO 3166-1 alpha-3 country code such as ARM or AZE";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
