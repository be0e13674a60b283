package org.oerfed.samplepartner;

import io.gdcc.xoai.dataprovider.model.Set;
import io.gdcc.xoai.dataprovider.repository.SetRepository;
import java.util.List;

/** The catalogue's sets, for ListSets and for checking a requested set exists. */
final class CatalogueSetRepository implements SetRepository {

    private final List<SampleSet> sets;

    CatalogueSetRepository(SampleCatalogue catalogue) {
        this.sets = catalogue.sets();
    }

    @Override
    public boolean supportSets() {
        return true;
    }

    @Override
    public List<Set> getSets() {
        return sets.stream().map(s -> Set.set(s.spec()).withName(s.name())).toList();
    }

    @Override
    public boolean exists(String setSpec) {
        return sets.stream().anyMatch(s -> s.spec().equals(setSpec));
    }
}
