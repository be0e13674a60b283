package org.oerfed.core.harvest;

import java.time.Instant;

/**
 * The quality of a source's stored records in a few figures, as a run report carries it.
 *
 * @param computedAt              when it was measured, at the end of the run
 * @param records                 the source's stored records
 * @param recordsWithViolations   records unusable as they are (e.g. no name)
 * @param recordsWithWarnings     records missing a recommended field (description, licence, language, address)
 * @param openLicenceShare        share of records under an open licence, 0 to 1
 * @param languageShare           share of records with a recognised language, 0 to 1
 */
public record QualitySummary(Instant computedAt, long records, long recordsWithViolations, long recordsWithWarnings,
                             double openLicenceShare, double languageShare) {
}
