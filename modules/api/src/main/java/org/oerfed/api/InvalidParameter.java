package org.oerfed.api;

/**
 * A request parameter at fault, as listed in a {@link Problem}'s {@code invalid-params}.
 *
 * @param name   the parameter's name as the request spells it
 * @param reason what is wrong with it and what would be right
 */
public record InvalidParameter(String name, String reason) {
}
