package org.oerfed.samplepartner;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How the sample partner behaves beyond serving its catalogue, so that tests can meet on loopback the
 * failures and declarations that real partners show. {@link #normal()} is what {@link SamplePartnerMain}
 * runs with.
 *
 * @param granularity            the datestamp granularity declared by Identify and used in headers
 * @param deletedRecords         the deletedRecord policy declared by Identify; under {@code NO} the
 *                               catalogue's deleted records are not served at all, as such a partner
 *                               simply forgets them
 * @param failures               requests (numbered from 1, in arrival order, every request to the
 *                               endpoint counting) answered with an HTTP failure instead of OAI-PMH
 * @param responseDelay          how long every answer waits before its headers are sent; zero for none
 * @param compression            how answers are compressed when the request's {@code Accept-Encoding}
 *                               allows it
 * @param rejectResumptionTokens whether every resumption token is treated as expired, answered with
 *                               {@code badResumptionToken}
 */
public record PartnerBehaviour(Granularity granularity, DeletedRecordPolicy deletedRecords,
                               Map<Integer, FailedRequest> failures, Duration responseDelay,
                               Compression compression, boolean rejectResumptionTokens) {

    /** Datestamp granularities an OAI-PMH repository can declare. */
    public enum Granularity {
        /** {@code YYYY-MM-DD}: Identify declares it, headers carry it, and only such from/until are accepted. */
        DAY,
        /** {@code YYYY-MM-DDThh:mm:ssZ}: declared and used in headers; day-granular from/until are accepted too. */
        SECONDS
    }

    /** OAI-PMH's deletedRecord policies. */
    public enum DeletedRecordPolicy { NO, TRANSIENT, PERSISTENT }

    /** Content codings the partner can apply. */
    public enum Compression { NONE, GZIP, DEFLATE }

    /**
     * An HTTP failure to answer a request with.
     *
     * @param status     the HTTP status, e.g. 503
     * @param retryAfter the {@code Retry-After} header's value (seconds or an HTTP date), if one is sent
     */
    public record FailedRequest(int status, Optional<String> retryAfter) {

        public FailedRequest {
            if (status < 400 || status > 599) {
                throw new IllegalArgumentException("not an HTTP failure status: " + status);
            }
            Objects.requireNonNull(retryAfter, "retryAfter");
        }
    }

    public PartnerBehaviour {
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(deletedRecords, "deletedRecords");
        failures = Map.copyOf(failures);
        failures.keySet().forEach(n -> {
            if (n < 1) {
                throw new IllegalArgumentException("requests are numbered from 1, not " + n);
            }
        });
        Objects.requireNonNull(responseDelay, "responseDelay");
        if (responseDelay.isNegative()) {
            throw new IllegalArgumentException("responseDelay must not be negative");
        }
        Objects.requireNonNull(compression, "compression");
    }

    /** Second granularity, persistent deletions, no failures, no delay, no compression. */
    public static PartnerBehaviour normal() {
        return new PartnerBehaviour(Granularity.SECONDS, DeletedRecordPolicy.PERSISTENT, Map.of(), Duration.ZERO,
                Compression.NONE, false);
    }

    /** This behaviour declaring another granularity. */
    public PartnerBehaviour withGranularity(Granularity value) {
        return new PartnerBehaviour(value, deletedRecords, failures, responseDelay, compression, rejectResumptionTokens);
    }

    /** This behaviour declaring another deletedRecord policy. */
    public PartnerBehaviour withDeletedRecords(DeletedRecordPolicy value) {
        return new PartnerBehaviour(granularity, value, failures, responseDelay, compression, rejectResumptionTokens);
    }

    /**
     * This behaviour also failing request number {@code requestNumber} (from 1) with {@code status}.
     *
     * @param retryAfter the {@code Retry-After} value to send, or null for none
     */
    public PartnerBehaviour withFailure(int requestNumber, int status, String retryAfter) {
        Map<Integer, FailedRequest> more = new TreeMap<>(failures);
        more.put(requestNumber, new FailedRequest(status, Optional.ofNullable(retryAfter)));
        return new PartnerBehaviour(granularity, deletedRecords, more, responseDelay, compression, rejectResumptionTokens);
    }

    /** This behaviour waiting {@code delay} before every answer. */
    public PartnerBehaviour withResponseDelay(Duration delay) {
        return new PartnerBehaviour(granularity, deletedRecords, failures, delay, compression, rejectResumptionTokens);
    }

    /** This behaviour compressing answers for clients that accept it. */
    public PartnerBehaviour withCompression(Compression value) {
        return new PartnerBehaviour(granularity, deletedRecords, failures, responseDelay, value, rejectResumptionTokens);
    }

    /** This behaviour treating every resumption token as expired. */
    public PartnerBehaviour withExpiredResumptionTokens() {
        return new PartnerBehaviour(granularity, deletedRecords, failures, responseDelay, compression, true);
    }
}
