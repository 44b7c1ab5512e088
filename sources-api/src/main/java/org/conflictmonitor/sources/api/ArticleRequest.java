package org.conflictmonitor.sources.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.conflictmonitor.api.validation.FieldRules;
import org.conflictmonitor.api.validation.HttpUrl;
import org.conflictmonitor.api.validation.LanguageTag;
import io.smallrye.graphql.api.Nullable;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An article to ingest: a web article (with a URL, stored once per canonical URL) or a citation (no
 * URL; stored once per source, day and normalised headline). A citation may come without its text.
 */
@Schema(name = "ArticleInput", description = """
        An article to ingest. With `url`: stored once per canonical URL. Without `url` it is a citation \
        (a report known only by its source, date and headline, e.g. from a dataset's source column): \
        stored once per source, day of publication and normalised headline (its citation key), and \
        `sourceId` is then required. A citation may leave the text (`body`) out; an article with a \
        URL may not, so that its text is never refused later as already stored. Dates: `publishedAt` for an exact instant, \
        `publishedOn` for a day-only date, neither for a citation whose date is unknown (an article \
        with a URL needs one of them).""")
@Description("An article to ingest. With `url`: stored once per canonical URL. Without `url` it is a citation "
        + "(a report known only by its source, date and headline): stored once per source, day of publication and "
        + "normalised headline, and `sourceId` is then required. A citation may leave `body` out; an article with a URL may not. Dates: `publishedAt` "
        + "for an exact instant, `publishedOn` for a day-only date, neither for a citation whose date is unknown "
        + "(an article with a URL needs one of them).")
@Input("ArticleInput")
@FieldRules
public record ArticleRequest(
        @Description("The source that published it. Left out, the source is found from the URL's domain; required for a citation (no `url`).") @Schema(nullable = true)
        @Id UUID sourceId,
        @Description("Where the article is published, http or https. Tracking parameters (`utm_*`, …) and the fragment are dropped. Left out for a citation, which is then identified by source, day and headline.") @Schema(examples = "https://tass.com/world/1178003", nullable = true)
        @HttpUrl String url,
        @Description("Headline. Required, except for a citation that gives `citation` instead (its title is then the citation text).") @Schema(nullable = true)
        @Size(max = 1000) String title,
        @Description("The reference as the citing work prints it, e.g. `Reuters 1989-05-17 \"ANGOLAN UNITA REBELS BLOW UP POWER LINES\"`. Searchable.") @Schema(nullable = true)
        @Size(max = 2000) String citation,
        @Description("Lede or standfirst.") @Schema(nullable = true)
        @Size(max = 10_000) String lede,
        @Description("Full text, at most 1 MiB (UTF-8); a longer one is refused with 413. Left out (or blank) when the text is not at hand: no content hash is then kept and no duplicate detected.") @Schema(nullable = true)
        String body,
        @Description("BCP 47 tag of the article's language (of its headline, for a citation).") @Schema(examples = "en")
        @NotBlank @LanguageTag String language,
        @Description("When it was published, with its time-zone offset, which is kept. Leave it out when only the day is known (give `publishedOn`) or nothing is (citations only).") @Schema(examples = "2020-07-14T12:31:00+03:00", nullable = true)
        OffsetDateTime publishedAt,
        @Description("The day it was published (ISO 8601 date), when the time is not known. Given with `publishedAt` as well, it must be publishedAt's day in its own offset.") @Schema(examples = "1989-05-17", nullable = true)
        LocalDate publishedOn,
        @Description("Place of the dateline, as printed.") @Schema(examples = "MOSCOW", nullable = true)
        @Size(max = 200) String datelinePlace,
        @Description("Authors, as credited.") @Schema(nullable = true)
        @Size(max = 50) @Nullable List<@NotBlank @Size(max = 300) String> authors,
        @Description("When the text (or, for a citation, the reference) was retrieved; now when left out.") @Schema(nullable = true)
        OffsetDateTime retrievedAt) implements FieldRules.Checked {

    @Override
    public void check(FieldRules.Broken broken) {
        if (isBlank(title) && isBlank(citation)) {
            broken.rule("title", "must not be blank (a citation may give citation instead)");
        }
        if (url == null && sourceId == null) {
            broken.rule("sourceId", "is required for a citation (an article without url)");
        }
        // An article with a url is deduplicated by its text too; one stored without it would keep
        // the text sent later from being stored at all.
        if (url != null && isBlank(body)) {
            broken.rule("body", "must not be blank for an article with a url (a citation, without url, may leave it out)");
        }
        if (url != null && publishedAt == null && publishedOn == null) {
            broken.rule("publishedAt", "must not be null for an article with a url (or give publishedOn, the day only)");
        }
        if (publishedAt != null && publishedOn != null && !publishedOn.equals(publishedAt.toLocalDate())) {
            broken.rule("publishedOn", "must be the day of publishedAt (" + publishedAt.toLocalDate() + "), or be left out");
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
