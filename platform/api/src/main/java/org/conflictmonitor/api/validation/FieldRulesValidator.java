package org.conflictmonitor.api.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class FieldRulesValidator implements ConstraintValidator<FieldRules, FieldRules.Checked> {

    @Override
    public boolean isValid(FieldRules.Checked value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        boolean[] valid = { true };
        value.check((field, message) -> {
            if (valid[0]) {
                context.disableDefaultConstraintViolation();
                valid[0] = false;
            }
            // Messages are ours, never the client's, but a brace would still read as an expression.
            context.buildConstraintViolationWithTemplate(message.replace("{", "\\{").replace("$", "\\$"))
                    .addPropertyNode(field).addConstraintViolation();
        });
        return valid[0];
    }
}
