package org.conflictmonitor.api.validation;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Parses web addresses as people write them, internationalised domain names included:
 * {@code https://минобороны.рф/новости} has a host, which {@link URI} alone does not see.
 */
public final class HttpUrls {

    private HttpUrls() {
    }

    /**
     * The URL in its ASCII form: the host in Punycode, other characters percent-encoded as UTF-8.
     *
     * @throws URISyntaxException when it is not a URL, or its host is not a valid domain name
     */
    public static URI parse(String url) throws URISyntaxException {
        URI uri = new URI(url.strip());
        if (uri.getHost() == null && uri.getRawAuthority() != null) {
            uri = withAsciiHost(uri);
        }
        return new URI(uri.toASCIIString());
    }

    private static URI withAsciiHost(URI uri) throws URISyntaxException {
        String authority = uri.getRawAuthority();
        int at = authority.lastIndexOf('@');
        String userInfo = at >= 0 ? authority.substring(0, at + 1) : "";
        String hostAndPort = authority.substring(at + 1);
        int colon = hostAndPort.lastIndexOf(':');
        String host = colon >= 0 ? hostAndPort.substring(0, colon) : hostAndPort;
        String port = colon >= 0 ? hostAndPort.substring(colon) : "";
        String ascii;
        try {
            ascii = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            throw new URISyntaxException(uri.toString(), "the host is not a valid domain name");
        }
        return new URI(uri.getScheme() + "://" + userInfo + ascii + port
                + (uri.getRawPath() == null ? "" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment()));
    }
}
