package org.oerfed.api;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Who may change harvests: with {@code oerfed.admin.token} set, a request bearing that token; without it,
 * only requests from this machine (loopback), so that a fresh install is not open to the network.
 */
@Singleton
public class AdminGuard {
    private final Optional<String> token;

    public AdminGuard(@Value("${oerfed.admin.token:}") @Nullable String token) {
        this.token = Optional.ofNullable(token).filter(t -> !t.isBlank());
    }

    /** Why the request may not act, or empty if it may. */
    Optional<String> refusal(HttpRequest<?> request) {
        if (token.isPresent()) {
            String presented = request.getHeaders().getAuthorization().filter(a -> a.startsWith("Bearer ")).map(a -> a.substring(7))
                    .orElse("");
            boolean same = MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8), token.get().getBytes(StandardCharsets.UTF_8));
            return same ? Optional.empty() : Optional.of("send the admin token as 'Authorization: Bearer <oerfed.admin.token>'");
        }
        InetAddress remote = request.getRemoteAddress().getAddress();
        return remote != null && remote.isLoopbackAddress() ? Optional.empty()
                : Optional.of("admin requests are accepted from this machine only until oerfed.admin.token is set");
    }
}
