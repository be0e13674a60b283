package org.oerfed.api;

import java.util.List;
import org.oerfed.core.harvest.HarvestError;

/** A run's errors as RFC 4180 CSV, for an operator to forward to the partner. */
final class ErrorsCsv {
    private ErrorsCsv() {
    }

    static String of(String sourceId, String runId, List<HarvestError> errors) {
        StringBuilder csv = new StringBuilder("source,run,at,fault,record,message\r\n");
        for (HarvestError error : errors) {
            csv.append(field(sourceId)).append(',').append(field(runId)).append(',').append(field(error.at().toString()))
                    .append(',').append(field(error.fault().name().toLowerCase())).append(',')
                    .append(field(error.recordIdentifier())).append(',').append(field(error.message())).append("\r\n");
        }
        return csv.toString();
    }

    private static String field(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
