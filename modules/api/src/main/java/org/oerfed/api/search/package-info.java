/**
 * The search over HTTP: {@code GET /api/search} as JSON, Atom and RSS, suggestions, the search page, and the
 * OpenSearch description. Parameters are read strictly ({@link org.oerfed.api.search.SearchRequest}); the
 * index is the {@link org.oerfed.core.search.SearchIndex} port, whichever engine is behind it.
 */
package org.oerfed.api.search;
