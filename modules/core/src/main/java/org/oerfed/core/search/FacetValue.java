package org.oerfed.core.search;

/** One value of a facet and how many hits have it. */
public record FacetValue(String value, long count) {
}
