package org.conflictmonitor.importer.ucdp;

import org.conflictmonitor.testing.data.SharedData;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UcdpCountriesTest {

    @Test
    void uCDPsOwnNamesBecomeTheCountriesOfToday() {
        assertThat(UcdpCountries.iso3("DR Congo (Zaire)")).contains("COD");
        assertThat(UcdpCountries.iso3("Congo")).contains("COG");
        assertThat(UcdpCountries.iso3("Russia (Soviet Union)")).contains("RUS");
        assertThat(UcdpCountries.iso3("Kingdom of eSwatini (Swaziland)")).contains("SWZ");
        assertThat(UcdpCountries.iso3("Azerbaijan")).contains("AZE");
    }

    @Test
    void aNameTheTableDoesNotKnowHasNoCode() {
        assertThat(UcdpCountries.iso3("Atlantis")).isEmpty();
        assertThat(UcdpCountries.iso3(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {SharedData.GED_SAMPLE, SharedData.GED_PRECISE_EXTRACT})
    void everyCountryOfTheSharedFilesHasACode(String name) throws IOException {
        Set<String> unknown = new TreeSet<>();
        try (GedReader reader = GedReader.open(SharedData.file(name))) {
            reader.rows().filter(ParsedRow::isValid).map(r -> r.value().country())
                    .filter(c -> UcdpCountries.iso3(c).isEmpty()).forEach(unknown::add);
        }
        assertThat(unknown).isEmpty();
    }
}
