package org.oerfed.harvest.oaipmh;

import io.gdcc.xoai.serviceprovider.parameters.Parameters;
import java.net.URI;
import java.util.Locale;
import org.oerfed.core.error.Fault;
import org.oerfed.core.error.OerfedException;
import org.oerfed.core.source.SourceConfig;

/**
 * One source's OAI-PMH base URL: builds request URLs with XOAI's {@link Parameters}, sends them through
 * the {@link OaiHttpClient} and lets only acceptable OAI-PMH documents through ({@link OaiResponseIntake}).
 */
final class OaiPmhEndpoint {

    private final SourceConfig source;
    private final OaiHttpClient client;
    private final OaiResponseIntake intake;

    /**
     * @throws OerfedException SETUP when the source's URL is not an absolute HTTP(S) URL
     */
    OaiPmhEndpoint(SourceConfig source, OaiHttpClient client, OaiResponseIntake intake) {
        URI url = source.url();
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null || url.getRawQuery() != null) {
            throw new OerfedException(Fault.SETUP, source.id(), null,
                    "url '" + url + "' is not an HTTP(S) OAI-PMH base URL (absolute, with a host, without a query)");
        }
        this.source = source;
        this.client = client;
        this.intake = intake;
    }

    SourceConfig source() {
        return source;
    }

    /** The URL a request goes to, for messages. */
    String urlOf(Parameters parameters) {
        return parameters.toUrl(source.url().toString());
    }

    /**
     * Sends the request and returns its OAI-PMH answer. A non-2xx answer is accepted when it is an OAI-PMH
     * error document, as some partners (Zenodo: 422) send their protocol errors so.
     *
     * @throws OerfedException SOURCE when the partner cannot be reached, times out, answers with an HTTP
     *                         error that is not an OAI-PMH error, or with a body that is not acceptable
     */
    OaiResponseIntake.Accepted fetch(Parameters parameters) {
        String url = urlOf(parameters);
        HttpAnswer answer = client.get(source.id(), URI.create(url));
        if (answer.ok()) {
            return intake.accept(source.id(), url, answer.contentType(), answer.body());
        }
        try {
            OaiResponseIntake.Accepted accepted = intake.accept(source.id(), url, answer.contentType(), answer.body());
            if (accepted.answer().equals("error")) {
                return accepted;
            }
        } catch (OerfedException notOaiPmh) {
            // Not an OAI-PMH error document: the HTTP status is the message.
        }
        throw OerfedException.source(source.id(), "HTTP " + answer.status() + " from " + answer.url() + " for " + url
                + " with " + answer.snippet(), null);
    }
}
