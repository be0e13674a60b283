package org.oerfed.app;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * The {@code oerfed.void.*} keys.
 *
 * @param maxAge {@code oerfed.void.max-age}: how long the VoID description's counts are served before they
 *               are counted again (default {@code 5m}); a dump made through the API recounts at once
 */
@ConfigurationProperties("oerfed.void")
public record LinkedDataSettings(@Bindable(defaultValue = "5m") Duration maxAge) {
}
