package org.conflictmonitor.sources.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.conflictmonitor.api.validation.HttpUrls;

/**
 * One spelling per article URL, so that the same article reached through a newsletter, a share
 * button or a feed is recognised as one.
 */
@ApplicationScoped
public class UrlCanonicalizer {

    /** Parameters that say how a reader arrived, not which page they read. */
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid",
            "mc_cid", "mc_eid", "_ga", "_gl", "igshid", "ref_src", "cmpid", "ocid", "at_medium", "at_campaign", "spm", "s_cid");

    /**
     * Lower-case scheme and host (IDN hosts in their ASCII form), other non-ASCII characters
     * percent-encoded, no default port, no user info, no fragment, no tracking parameters, the
     * remaining parameters sorted, dot segments resolved.
     *
     * @throws IllegalArgumentException when the URL is not an absolute http(s) URL with a host
     */
    public String canonicalize(String url) {
        URI uri;
        try {
            uri = HttpUrls.parse(url).normalize();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new IllegalArgumentException("must be an http or https URL");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("must have a host");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = canonicalQuery(uri.getRawQuery());

        StringBuilder canonical = new StringBuilder(scheme).append("://").append(host);
        if (!defaultPort) {
            canonical.append(':').append(port);
        }
        canonical.append(path);
        if (!query.isEmpty()) {
            canonical.append('?').append(query);
        }
        return canonical.toString();
    }

    /**
     * The domains a source may claim for this canonical URL, most specific first, without {@code www.}:
     * {@code https://www.news.tass.com/x} gives news.tass.com, tass.com.
     */
    public List<String> candidateDomains(String canonicalUrl) {
        String host = URI.create(canonicalUrl).getHost();
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        List<String> candidates = new ArrayList<>();
        String[] labels = host.split("\\.");
        for (int i = 0; i < labels.length - 1; i++) {
            candidates.add(String.join(".", Arrays.copyOfRange(labels, i, labels.length)));
        }
        return candidates;
    }

    private static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        return Arrays.stream(rawQuery.split("&"))
                .filter(p -> !p.isEmpty())
                .filter(p -> !isTracking(p.split("=", 2)[0].toLowerCase(Locale.ROOT)))
                .sorted(Comparator.naturalOrder())
                .collect(Collectors.joining("&"));
    }

    private static boolean isTracking(String name) {
        return name.startsWith("utm_") || TRACKING.contains(name);
    }
}
