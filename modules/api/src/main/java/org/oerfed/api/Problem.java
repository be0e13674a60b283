package org.oerfed.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every error response.
 *
 * @param type          a URI naming the kind of problem; {@code about:blank} when the status says it all
 * @param title         the status's reason phrase
 * @param status        the HTTP status
 * @param detail        what was wrong, naming the parameter or value at fault
 * @param invalidParams every request parameter at fault and why, the extension member of RFC 9457's own
 *                      example ({@code invalid-params}); absent when no parameter is at fault
 */
public record Problem(String type, String title, int status, String detail,
                      @JsonProperty("invalid-params") @JsonInclude(JsonInclude.Include.NON_EMPTY)
                      @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) List<InvalidParameter> invalidParams) {
    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        invalidParams = invalidParams == null ? List.of() : List.copyOf(invalidParams);
    }

    public Problem(String type, String title, int status, String detail) {
        this(type, title, status, detail, List.of());
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail);
    }

    /** A 400 naming every parameter at fault; the detail sums them up for readers that show only it. */
    public static Problem invalidParameters(List<InvalidParameter> invalid) {
        String detail = invalid.stream().map(p -> "'" + p.name() + "': " + p.reason()).reduce((a, b) -> a + "; " + b)
                .orElse("invalid parameters");
        return new Problem("about:blank", "Bad Request", 400, detail, invalid);
    }

    /** This problem as a response, with its status and media type. */
    public MutableHttpResponse<Problem> response() {
        return HttpResponse.<Problem>status(HttpStatus.valueOf(status)).contentType(MEDIA_TYPE).body(this);
    }
}
