package org.oerfed.graph.normalise;

import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;

/**
 * Reads the dates of XML metadata: a year as {@code xsd:gYear}, a calendar date, or a date-time (whose time
 * says nothing a search needs), as {@code xsd:date}.
 */
final class Dates {
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern DATE_FIRST = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?:[T ].*)?");

    private Dates() {
    }

    /** The date as a typed literal, or empty when the value is no ISO 8601 date. */
    static Optional<Literal> literal(Model m, String value) {
        String text = value.strip();
        try {
            if (YEAR.matcher(text).matches()) {
                return Optional.of(m.createTypedLiteral(Year.parse(text).toString(), XSDDatatype.XSDgYear));
            }
            if (DATE_FIRST.matcher(text).matches()) {
                return Optional.of(m.createTypedLiteral(LocalDate.parse(text.substring(0, 10)).toString(), XSDDatatype.XSDdate));
            }
        } catch (DateTimeParseException e) {
            // 2021-13-45 and the like: no date
        }
        return Optional.empty();
    }
}
