package org.conflictmonitor.api.validation;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class IsoCountryValidator implements ConstraintValidator<IsoCountry, String> {

    private static final Set<String> CODES = codes();

    private static Set<String> codes() {
        Set<String> codes = new HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
        // Kosovo has no official code; XKX is the user-assigned code UCDP, the EU and the IMF use for it.
        codes.add("XKX");
        return Set.copyOf(codes);
    }

    public static boolean isValid(String code) {
        return code != null && CODES.contains(code);
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || CODES.contains(value);
    }
}
