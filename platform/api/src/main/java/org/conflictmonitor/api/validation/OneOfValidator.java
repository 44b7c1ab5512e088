package org.conflictmonitor.api.validation;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class OneOfValidator implements ConstraintValidator<OneOf, String> {

    private Set<String> names;

    @Override
    public void initialize(OneOf annotation) {
        names = Arrays.stream(annotation.value().getEnumConstants()).map(Enum::name)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || names.contains(value)) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate("must be one of " + String.join(", ", names))
                .addConstraintViolation();
        return false;
    }
}
