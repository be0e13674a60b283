package org.oerfed.graph;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * Mints the ids and URIs of resources and their record graphs under one base URI.
 *
 * <p>A resource id is the source id and a digest of the record's identifier at the source: stable across
 * harvests, URL-safe whatever the source's identifiers look like, and unique across sources.
 */
public final class ResourceIds {
    private static final int DIGEST_HEX_CHARS = 20;
    private final String base;

    /** @param baseUri base of every URI OERfed mints, e.g. {@code https://oer.example.org/}; must end in '/' */
    public ResourceIds(URI baseUri) {
        String text = baseUri.toString();
        if (!text.endsWith("/")) throw new IllegalArgumentException("base URI must end with '/': " + text);
        this.base = text;
    }

    public String resourceId(String sourceId, String recordIdentifier) {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(recordIdentifier, "recordIdentifier");
        return sourceId + "-" + digest(recordIdentifier);
    }

    public String resourceUri(String resourceId) {
        return base + "resource/" + resourceId;
    }

    public String recordGraphUri(String resourceId) {
        return base + "record/" + resourceId;
    }

    public String sourceUri(String sourceId) {
        return base + "source/" + sourceId;
    }

    /** The resource id of a URI minted here, or empty if the URI is not one of ours. */
    public Optional<String> resourceIdOf(String resourceUri) {
        String prefix = base + "resource/";
        return resourceUri.startsWith(prefix) ? Optional.of(resourceUri.substring(prefix.length())) : Optional.empty();
    }

    /** The resource id of a record graph URI minted here, or empty if the URI is not one of ours. */
    public Optional<String> resourceIdOfRecordGraph(String graphUri) {
        String prefix = base + "record/";
        return graphUri.startsWith(prefix) ? Optional.of(graphUri.substring(prefix.length())) : Optional.empty();
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, DIGEST_HEX_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
