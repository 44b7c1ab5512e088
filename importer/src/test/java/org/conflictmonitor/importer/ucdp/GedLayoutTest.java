package org.conflictmonitor.importer.ucdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class GedLayoutTest {

    private static final String OFFICIAL_HEADER = "id,relid,year,active_year,code_status,type_of_violence,"
            + "conflict_dset_id,conflict_new_id,conflict_name,dyad_dset_id,dyad_new_id,dyad_name,side_a_dset_id,"
            + "side_a_new_id,side_a,side_b_dset_id,side_b_new_id,side_b,number_of_sources,source_article,"
            + "source_office,source_date,source_headline,source_original,where_prec,where_coordinates,"
            + "where_description,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid,country,country_id,region,"
            + "event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,"
            + "high,low,gwnoa,gwnob";

    private static List<String> header(String line) {
        return Arrays.asList(line.split(",", -1));
    }

    @Test
    void recognisesTheOfficialLayout() throws UcdpFormatException {
        GedLayout layout = GedLayout.fromHeader(header(OFFICIAL_HEADER));
        assertThat(layout.isOfficial()).isTrue();
        assertThat(layout.width()).isEqualTo(49);
        assertThat(layout.columns()).extracting(GedColumn::header).containsExactlyElementsOf(header(OFFICIAL_HEADER));
    }

    @Test
    void recognisesThePreciseExtract() throws UcdpFormatException {
        GedLayout layout = GedLayout.fromHeader(header(
                "id,year,type_of_violence,conflict_name,side_a,side_b,country,latitude,longitude,date_start,date_end,"
                        + "best,high,low"));
        assertThat(layout.isPreciseExtract()).isTrue();
        assertThat(layout.isOfficial()).isFalse();
    }

    @Test
    void acceptsAnySubsetOfGedColumnsInAnyOrder() throws UcdpFormatException {
        GedLayout layout = GedLayout.fromHeader(header("best,id,country"));
        assertThat(layout.columns()).containsExactly(GedColumn.BEST, GedColumn.ID, GedColumn.COUNTRY);
        assertThat(layout.isOfficial()).isFalse();
        assertThat(layout.isPreciseExtract()).isFalse();
        assertThat(layout.columnSet()).containsExactlyInAnyOrder(GedColumn.BEST, GedColumn.ID, GedColumn.COUNTRY);
    }

    @Test
    void refusesUnknownColumnsNamingThemAll() {
        assertThatThrownBy(() -> GedLayout.fromHeader(header("id,Best,fatalities")))
                .isInstanceOf(UcdpFormatException.class)
                .hasMessageStartingWith("not a UCDP GED file: the header names columns GED does not have: "
                        + "'Best', 'fatalities'. GED columns are id,relid,");
    }

    @Test
    void refusesAHeaderWithoutId() {
        assertThatThrownBy(() -> GedLayout.fromHeader(header("relid,year")))
                .isInstanceOf(UcdpFormatException.class)
                .hasMessage("the header has no 'id' column; every GED row needs its id, header was: relid,year");
    }

    @Test
    void refusesARepeatedColumn() {
        assertThatThrownBy(() -> GedLayout.fromHeader(header("id,best,best")))
                .isInstanceOf(UcdpFormatException.class)
                .hasMessage("the header names 'best' more than once");
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> InlineCsv.ged(""))
                .isInstanceOf(UcdpFormatException.class)
                .hasMessageStartingWith("the file is empty");
    }
}
