package org.oerfed.samplepartner;

import io.gdcc.xoai.dataprovider.exceptions.handler.IdDoesNotExistException;
import io.gdcc.xoai.dataprovider.filter.ScopedFilter;
import io.gdcc.xoai.dataprovider.model.Item;
import io.gdcc.xoai.dataprovider.model.ItemIdentifier;
import io.gdcc.xoai.dataprovider.model.MetadataFormat;
import io.gdcc.xoai.dataprovider.repository.ItemRepository;
import io.gdcc.xoai.dataprovider.repository.ResultsPage;
import io.gdcc.xoai.model.oaipmh.ResumptionToken;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Answers XOAI's record queries from an in-memory catalogue. XOAI hands over the request's set and
 * date range inside the resumption token value and leaves selecting and paging to the repository.
 */
final class CatalogueItemRepository implements ItemRepository {

    private final List<CatalogueItem> items;

    /**
     * @param forgetsDeletions whether deleted records are left out entirely, as by a partner whose
     *                         deletedRecord policy is {@code no}
     */
    CatalogueItemRepository(SampleCatalogue catalogue, boolean forgetsDeletions) {
        // A stable order keeps offsets in resumption tokens pointing at the same records between pages.
        this.items = catalogue.records().stream()
                .filter(record -> !(forgetsDeletions && record.deleted()))
                .sorted(Comparator.comparing(SampleRecord::datestamp).thenComparing(SampleRecord::identifier))
                .map(CatalogueItem::new)
                .toList();
    }

    @Override
    public ItemIdentifier getItemIdentifier(String identifier) throws IdDoesNotExistException {
        return find(identifier);
    }

    @Override
    public Item getItem(String identifier, MetadataFormat format) throws IdDoesNotExistException {
        return find(identifier);
    }

    @Override
    public ResultsPage<ItemIdentifier> getItemIdentifiers(List<ScopedFilter> filters, MetadataFormat format,
                                                          int maxResponseLength, ResumptionToken.Value token) {
        return page(filters, maxResponseLength, token).map(ItemIdentifier.class::cast).toPage(token);
    }

    @Override
    public ResultsPage<Item> getItems(List<ScopedFilter> filters, MetadataFormat format, int maxResponseLength,
                                      ResumptionToken.Value token) {
        return page(filters, maxResponseLength, token).map(Item.class::cast).toPage(token);
    }

    private CatalogueItem find(String identifier) throws IdDoesNotExistException {
        return items.stream()
                .filter(item -> item.getIdentifier().equals(identifier))
                .findFirst()
                .orElseThrow(() -> new IdDoesNotExistException("No record with identifier " + identifier));
    }

    private Selection<CatalogueItem> page(List<ScopedFilter> filters, int maxResponseLength,
                                          ResumptionToken.Value token) {
        // items are sorted by datestamp: a date window is a sub-list, and filtering is left to what remains
        List<CatalogueItem> window = items.subList(firstNotBefore(token), firstAfter(token));
        List<CatalogueItem> matching = !token.hasSetSpec() && filters.isEmpty() ? window
                : window.stream().filter(item -> selected(item, filters, token)).toList();
        int offset = (int) Math.min(token.getOffset(), matching.size());
        int end = Math.min(offset + maxResponseLength, matching.size());
        return new Selection<>(matching.subList(offset, end), end < matching.size(), matching.size());
    }

    private int firstNotBefore(ResumptionToken.Value token) {
        return token.hasFrom() ? search(token.getFrom(), false) : 0;
    }

    private int firstAfter(ResumptionToken.Value token) {
        return token.hasUntil() ? search(token.getUntil(), true) : items.size();
    }

    /** The first index whose datestamp is after {@code instant} ({@code after}) or not before it. */
    private int search(java.time.Instant instant, boolean after) {
        int low = 0;
        int high = items.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            java.time.Instant stamp = items.get(middle).getDatestamp();
            boolean goRight = after ? !stamp.isAfter(instant) : stamp.isBefore(instant);
            if (goRight) low = middle + 1;
            else high = middle;
        }
        return low;
    }

    private static boolean selected(CatalogueItem item, List<ScopedFilter> filters, ResumptionToken.Value token) {
        if (token.hasSetSpec() && item.getSets().stream().noneMatch(s -> s.getSpec().equals(token.getSetSpec()))) {
            return false;
        }
        if (token.hasFrom() && item.getDatestamp().isBefore(token.getFrom())) {
            return false;
        }
        if (token.hasUntil() && item.getDatestamp().isAfter(token.getUntil())) {
            return false;
        }
        return filters.stream().allMatch(filter -> filter.getCondition().isItemShown(item));
    }

    /** One page of a selection, with what ResultsPage needs to know about the rest. */
    private record Selection<T>(List<T> page, boolean hasMore, int total) {

        <U> Selection<U> map(Function<T, U> cast) {
            return new Selection<>(page.stream().map(cast).toList(), hasMore, total);
        }

        ResultsPage<T> toPage(ResumptionToken.Value token) {
            return new ResultsPage<>(token, hasMore, page, total);
        }
    }
}
