package org.oerfed.core.harvest;

/** How a source says that records are gone (OAI-PMH's deletedRecord policy). */
public enum DeletedRecords {
    /** The source never says: records that vanish are only noticed by a full harvest. */
    NO,
    /** The source may say, but may also forget: a full harvest is still needed to be sure. */
    TRANSIENT,
    /** The source always says: incremental harvests see every deletion. */
    PERSISTENT
}
