package org.oerfed.harvest.sitemap;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Where in a source's list of page URLs a harvest stopped: how many URLs were done, and a fingerprint of the
 * last one. On resumption the list is read again from the sitemaps; if the URL at the position is no longer the
 * one done last (pages were added or removed meanwhile), it is looked for elsewhere in the list, and the harvest
 * goes on after it. Opaque to callers: base64url text.
 *
 * @param done        how many URLs of the list were done
 * @param fingerprint the first 16 hex digits of the SHA-256 of the last URL done
 */
record ResumptionToken(int done, String fingerprint) {
    private static final String VERSION = "s1";

    static ResumptionToken after(List<SitemapEntry> urls, int done) {
        return new ResumptionToken(done, fingerprint(urls.get(done - 1).loc()));
    }

    String encode() {
        String text = VERSION + ":" + done + ":" + fingerprint;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The token a caller stored, if it is one this harvester wrote. */
    static Optional<ResumptionToken> decode(String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split(":");
            if (parts.length != 3 || !parts[0].equals(VERSION) || !parts[2].matches("[0-9a-f]{16}")) return Optional.empty();
            int done = Integer.parseInt(parts[1]);
            return done > 0 ? Optional.of(new ResumptionToken(done, parts[2])) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Where to go on in the list read again, if the last URL done is still in it. */
    Optional<Integer> positionIn(List<SitemapEntry> urls) {
        if (done <= urls.size() && fingerprint(urls.get(done - 1).loc()).equals(fingerprint)) return Optional.of(done);
        for (int i = 0; i < urls.size(); i++) {
            if (fingerprint(urls.get(i).loc()).equals(fingerprint)) return Optional.of(i + 1);
        }
        return Optional.empty();
    }

    private static String fingerprint(URI url) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(url.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
