package org.oerfed.api;

/**
 * An RFC 9457 problem detail, the body of every error response.
 *
 * @param type   a URI naming the kind of problem; {@code about:blank} when the status says it all
 * @param title  the status's reason phrase
 * @param status the HTTP status
 * @param detail what was wrong, naming the parameter or value at fault
 */
public record Problem(String type, String title, int status, String detail) {
    public static final String MEDIA_TYPE = "application/problem+json";

    static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail);
    }
}
