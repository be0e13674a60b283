package org.oerfed.core.search;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A search index that forwards every call to another: the base of decorators that time, count or fail some
 * calls (benchmarks, tests) and override only those.
 */
public abstract class ForwardingSearchIndex implements SearchIndex {
    private final SearchIndex delegate;

    protected ForwardingSearchIndex(SearchIndex delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** The index calls are forwarded to. */
    protected SearchIndex delegate() {
        return delegate;
    }

    @Override
    public void upsert(Collection<SearchDocument> documents) {
        delegate.upsert(documents);
    }

    @Override
    public void delete(Collection<String> ids) {
        delegate.delete(ids);
    }

    @Override
    public void refresh() {
        delegate.refresh();
    }

    @Override
    public SearchResult search(SearchQuery query) {
        return delegate.search(query);
    }

    @Override
    public List<Suggestion> suggest(String prefix, String language, int size) {
        return delegate.suggest(prefix, language, size);
    }

    @Override
    public long count() {
        return delegate.count();
    }

    @Override
    public void clear() {
        delegate.clear();
    }

    @Override
    public Rebuild startRebuild() {
        return delegate.startRebuild();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
