package org.oerfed.index.analysis;

/**
 * One token of an analysed text, with where it came from in the text (for highlighting).
 *
 * @param term  the token as indexed
 * @param start offset of its first char in the text
 * @param end   offset after its last char in the text
 */
public record AnalysedToken(String term, int start, int end) {
}
