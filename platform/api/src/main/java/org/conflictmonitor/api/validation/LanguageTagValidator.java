package org.conflictmonitor.api.validation;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class LanguageTagValidator implements ConstraintValidator<LanguageTag, String> {

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    public static boolean isValid(String tag) {
        if (tag == null) {
            return false;
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            // The builder accepts any well-formed 2-8 letter subtag; only known languages are useful to analysts.
            return LANGUAGES.contains(locale.getLanguage());
        } catch (IllformedLocaleException e) {
            return false;
        }
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || isValid(value);
    }
}
