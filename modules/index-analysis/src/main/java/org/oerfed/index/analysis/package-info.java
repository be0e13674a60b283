/**
 * What both search adapters share, so that they answer alike: text is analysed here, in the service, with
 * Lucene's language analysers, and each engine indexes and matches the analysed tokens as they are (split
 * on whitespace only). A query is parsed and analysed here into a {@link org.oerfed.index.analysis.Plan}
 * that each engine translates one-to-one; highlights and matched fields are worked out here from the hits.
 */
package org.oerfed.index.analysis;
