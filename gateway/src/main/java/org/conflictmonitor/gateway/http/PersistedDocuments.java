package org.conflictmonitor.gateway.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.vertx.core.json.JsonObject;

/**
 * Documents a client may send by hash instead of text.
 * <ul>
 * <li>Automatic persisted queries (Apollo's protocol): a client sends the SHA-256 of its document
 * alone; an unknown hash is answered {@code PersistedQueryNotFound}, and the client sends hash and
 * text once, which registers it in a bounded cache.</li>
 * <li>Trusted documents: manifests (a JSON object of SHA-256 → document, as GraphQL Code
 * Generator's {@code persisted-documents.json}, keys with or without {@code sha256:}) registered at
 * start; a request names one by {@code extensions.persistedQuery.sha256Hash} or by
 * {@code documentId: "sha256:…"}. With
 * {@code conflict-monitor.graphql.trusted-documents-only=true}, as production runs, only these run:
 * arbitrary text and automatic registration are refused.</li>
 * </ul>
 */
@ApplicationScoped
public class PersistedDocuments {

    private static final Logger LOG = Logger.getLogger(PersistedDocuments.class);
    /** The registries shipped in the jar: the documents of the published TypeScript client and of the analyst console. */
    static final List<String> BUILT_IN = List.of("trusted-documents/gateway-client.json", "trusted-documents/console.json");
    /** How a manifest's keys and a request's {@code documentId} name the hash (GraphQL Code Generator writes them so). */
    static final String SHA256_PREFIX = "sha256:";

    private final Map<String, String> trusted;
    private final Map<String, String> automatic;
    private final boolean trustedOnly;

    public PersistedDocuments(
            @ConfigProperty(name = "conflict-monitor.graphql.trusted-documents-only", defaultValue = "false") boolean trustedOnly,
            @ConfigProperty(name = "conflict-monitor.graphql.trusted-documents") Optional<List<Path>> manifests,
            @ConfigProperty(name = "conflict-monitor.graphql.persisted-queries-cache-size", defaultValue = "2000") int cacheSize) {
        this.trustedOnly = trustedOnly;
        Map<String, String> registry = new LinkedHashMap<>(builtIn());
        manifests.orElse(List.of()).forEach(manifest -> registry.putAll(read(manifest)));
        this.trusted = Map.copyOf(registry);
        this.automatic = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > cacheSize;
            }
        });
        LOG.infof("%d trusted documents registered; %s", trusted.size(),
                trustedOnly ? "only they run" : "any document runs, and automatic persisted queries are on");
    }

    public boolean trustedOnly() {
        return trustedOnly;
    }

    /** The document with this SHA-256 (lower-case hex), if it is registered. */
    public Optional<String> find(String sha256) {
        String document = trusted.get(sha256);
        if (document == null && !trustedOnly) {
            document = automatic.get(sha256);
        }
        return Optional.ofNullable(document);
    }

    /** Whether the document is one of the trusted ones. */
    public boolean isTrusted(String sha256) {
        return trusted.containsKey(sha256);
    }

    /** Keeps a document a client sent with its hash, so that later requests may send the hash alone. */
    public void register(String sha256, String document) {
        if (!trustedOnly && !trusted.containsKey(sha256)) {
            automatic.put(sha256, document);
        }
    }

    public static String sha256(String document) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(document.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    private static Map<String, String> builtIn() {
        Map<String, String> documents = new LinkedHashMap<>();
        for (String manifest : BUILT_IN) {
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(manifest)) {
                if (in != null) {
                    documents.putAll(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), manifest));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return documents;
    }

    private static Map<String, String> read(Path manifest) {
        try {
            return parse(Files.readString(manifest), manifest.toString());
        } catch (IOException e) {
            throw new IllegalStateException("The trusted documents manifest " + manifest + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** A manifest's entries, each checked: a hash that is not its document's SHA-256 stops the start. */
    static Map<String, String> parse(String json, String origin) {
        Map<String, String> documents = new LinkedHashMap<>();
        new JsonObject(json).forEach(entry -> {
            String key = entry.getKey().startsWith(SHA256_PREFIX) ? entry.getKey().substring(SHA256_PREFIX.length()) : entry.getKey();
            if (!(entry.getValue() instanceof String document) || !sha256(document).equals(key)) {
                throw new IllegalStateException("The trusted documents manifest " + origin + " has an entry whose key is not the SHA-256 of its document: "
                        + entry.getKey());
            }
            documents.put(key, document);
        });
        return documents;
    }
}
