package org.conflictmonitor.sources.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The spellings of one article URL that must be recognised as the same article.
 */
class UrlCanonicalizerTest {

    private final UrlCanonicalizer urls = new UrlCanonicalizer();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "HTTPS://TASS.com/world/1178003                          | https://tass.com/world/1178003",
            "https://tass.com:443/world/1178003                      | https://tass.com/world/1178003",
            "http://tass.com:80/world/1178003                        | http://tass.com/world/1178003",
            "https://tass.com:8443/world/1178003                     | https://tass.com:8443/world/1178003",
            "https://tass.com/world/1178003#comments                 | https://tass.com/world/1178003",
            "https://tass.com/world/1178003?utm_source=x&utm_medium=rss | https://tass.com/world/1178003",
            "https://tass.com/search?q=tovuz&fbclid=abc&page=2       | https://tass.com/search?page=2&q=tovuz",
            "https://tass.com/a/../world/./1178003                   | https://tass.com/world/1178003",
            "https://user:secret@tass.com/world/1178003              | https://tass.com/world/1178003",
            "https://tass.com                                        | https://tass.com/",
            "https://пример.рф/новости                               | https://xn--e1afmkfd.xn--p1ai/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8",
    })
    void spellingsOfOneArticleAgree(String url, String canonical) {
        assertThat(urls.canonicalize(url)).isEqualTo(canonical);
    }

    @Test
    void pathsKeepTheirCase() {
        assertThat(urls.canonicalize("https://example.org/News/ABC")).isEqualTo("https://example.org/News/ABC");
    }

    @Test
    void onlyHttpUrlsWithAHostAreArticles() {
        assertThatThrownBy(() -> urls.canonicalize("ftp://tass.com/file")).hasMessageContaining("http");
        assertThatThrownBy(() -> urls.canonicalize("javascript:alert(1)")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> urls.canonicalize("https:///nohost")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSourceMayClaimTheHostOrAParentDomain() {
        assertThat(urls.candidateDomains("https://www.news.mod.gov.az/en/1")).containsExactly("news.mod.gov.az", "mod.gov.az", "gov.az");
    }
}
