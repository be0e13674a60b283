package org.oerfed.harvest.oaipmh;

import io.gdcc.xoai.serviceprovider.client.OAIClient;
import io.gdcc.xoai.serviceprovider.exceptions.OAIRequestException;
import io.gdcc.xoai.serviceprovider.parameters.Parameters;
import java.io.IOException;
import java.io.InputStream;
import org.oerfed.core.error.Fault;
import org.oerfed.core.error.OerfedException;
import org.oerfed.core.source.SourceConfig;

/** One source's OAI-PMH base URL, reached through XOAI's JDK HTTP client. */
final class OaiPmhEndpoint {

    private static final int MAX_CAUSE_CHARS = 300;

    private final SourceConfig source;
    private final OAIClient client;
    private final int maxResponseBytes;

    /**
     * @throws OerfedException SETUP when the source's URL is not an HTTP(S) URL
     */
    OaiPmhEndpoint(SourceConfig source, OaiPmhSettings settings) {
        this.source = source;
        this.maxResponseBytes = settings.maxResponseBytes();
        try {
            this.client = OAIClient.newBuilder()
                    .withBaseUrl(source.url().toString())
                    .withConnectTimeout(settings.connectTimeout())
                    .withRequestTimeout(settings.requestTimeout())
                    .withUserAgent(settings.userAgent())
                    .withCustomHeader("Accept", "text/xml, application/xml;q=0.9")
                    .withFollowRedirects()
                    .build();
        } catch (IllegalArgumentException e) {
            throw new OerfedException(Fault.SETUP, source.id(), null,
                    "url '" + source.url() + "' is not an HTTP(S) OAI-PMH base URL", e);
        }
    }

    /** The URL a request goes to, for messages. */
    String urlOf(Parameters parameters) {
        return parameters.toUrl(source.url().toString());
    }

    /**
     * Sends the request and returns the whole body of a 200 answer.
     *
     * @throws OerfedException SOURCE when the partner cannot be reached, times out, answers with another
     *                         status, or sends more than the configured maximum
     */
    byte[] fetch(Parameters parameters) {
        String url = urlOf(parameters);
        try (InputStream body = client.execute(parameters)) {
            byte[] bytes = body.readNBytes(maxResponseBytes + 1);
            if (bytes.length > maxResponseBytes) {
                throw OerfedException.source(source.id(),
                        "response to " + url + " is larger than " + maxResponseBytes + " bytes", null);
            }
            return bytes;
        } catch (OAIRequestException e) {
            clearSpuriousInterrupt(e);
            throw OerfedException.source(source.id(), "request to " + url + " failed: " + describe(e), e);
        } catch (IOException e) {
            throw OerfedException.source(source.id(), "reading the response to " + url + " failed: " + e, e);
        }
    }

    /**
     * XOAI's JDK client sets the calling thread's interrupt flag on every I/O failure, not only on an
     * interruption. Left set, the flag would make the caller's next blocking call fail, so it is cleared
     * unless the thread really was interrupted.
     */
    private static void clearSpuriousInterrupt(OAIRequestException e) {
        if (!(e.getCause() instanceof InterruptedException)) {
            Thread.interrupted();
        }
    }

    private static String describe(OAIRequestException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String text = cause.getMessage() == null ? cause.getClass().getSimpleName()
                : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return text.length() <= MAX_CAUSE_CHARS ? text : text.substring(0, MAX_CAUSE_CHARS) + "…";
    }
}
