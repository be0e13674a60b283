package org.oerfed.core.error;

/**
 * A failure classified by who is at fault, naming where it happened so that an operator can act on the
 * message alone.
 */
public class OerfedException extends RuntimeException {
    private final Fault fault;
    private final String sourceId;
    private final String recordId;

    public OerfedException(Fault fault, String sourceId, String recordId, String message, Throwable cause) {
        super(describe(sourceId, recordId, message), cause);
        this.fault = fault;
        this.sourceId = sourceId;
        this.recordId = recordId;
    }

    public OerfedException(Fault fault, String sourceId, String recordId, String message) {
        this(fault, sourceId, recordId, message, null);
    }

    public static OerfedException setup(String message, Throwable cause) {
        return new OerfedException(Fault.SETUP, null, null, message, cause);
    }

    public static OerfedException source(String sourceId, String message, Throwable cause) {
        return new OerfedException(Fault.SOURCE, sourceId, null, message, cause);
    }

    public static OerfedException record(String sourceId, String recordId, String message, Throwable cause) {
        return new OerfedException(Fault.RECORD, sourceId, recordId, message, cause);
    }

    public Fault fault() {
        return fault;
    }

    /** The source's id, or null when the failure is not tied to one source. */
    public String sourceId() {
        return sourceId;
    }

    /** The record's identifier at its source, or null when the failure is not tied to one record. */
    public String recordId() {
        return recordId;
    }

    private static String describe(String sourceId, String recordId, String message) {
        StringBuilder where = new StringBuilder();
        if (sourceId != null) where.append("source '").append(sourceId).append("'");
        if (recordId != null) where.append(where.length() > 0 ? ", " : "").append("record '").append(recordId).append("'");
        return where.length() == 0 ? message : where + ": " + message;
    }
}
