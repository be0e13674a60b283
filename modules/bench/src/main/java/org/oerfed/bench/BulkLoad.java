package org.oerfed.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.loader.main.LoaderPlan;
import org.apache.jena.tdb2.loader.main.LoaderPlans;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.oerfed.store.tdb2.Tdb2GraphStore;

/**
 * Phase B of {@code scripts/bench graph}, the ceiling: an N-Quads file loaded into a new TDB2 database by
 * Jena's bulk loader, through the Java API that {@code tdb2.tdbloader} calls. Only the load is timed (start,
 * load, finish, as tdbloader times it): parsing the file, building the node table and the indexes, and the
 * commit.
 */
final class BulkLoad {
    /** tdbloader's {@code --quiet}: the loader's progress lines would mix with the benchmark's figures. */
    private static final MonitorOutput QUIET = (format, args) -> { };

    /**
     * @param loader  which loader, and why it is the one
     * @param indexes the database's quad indexes
     * @param quads   quads the database holds after the load
     */
    record Figures(String loader, List<String> indexes, long quads, double seconds) {
    }

    private BulkLoad() {
    }

    /**
     * What {@code tdb2.tdbloader --loc DIR FILE} does: a new database with TDB2's default settings, loaded by the
     * phased loader, which tdbloader chooses when the database is empty and no {@code --loader} is given.
     */
    static Figures asTdbloader(Path nquads, Path directory) {
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(Location.create(directory));
        try {
            return load(dataset, LoaderFactory.phasedLoader(dataset, QUIET), "phased (tdb2.tdbloader's default for an empty database)",
                    nquads);
        } finally {
            TDBInternal.expel(dataset);
        }
    }

    /**
     * The same phased loader into a database created by {@link Tdb2GraphStore}, so with OERfed's index layout
     * and node caches: four quad indexes where TDB2's default has six. The loader's plan is tdbloader's, less
     * the indexes this layout does not have; without that, the loader would fail on the first one missing.
     */
    static Figures withStoreLayout(Path nquads, Path directory) {
        Tdb2GraphStore store = Tdb2GraphStore.open(directory);
        DatasetGraph dataset = store.read(d -> d.asDatasetGraph());
        try {
            return load(dataset, LoaderFactory.createLoader(phasedPlanFor(dataset), dataset, QUIET),
                    "phased, planned for OERfed's index layout", nquads);
        } finally {
            store.close();
            TDBInternal.expel(dataset);
        }
    }

    private static Figures load(DatasetGraph dataset, DataLoader loader, String name, Path nquads) {
        List<String> indexes = List.of(params(dataset).getQuadIndexes());
        long start = System.nanoTime();
        loader.startBulk();
        try {
            loader.load(nquads.toString());
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long quads = Txn.calculateRead(dataset, () -> NamedGraphQuads.count(dataset));
        return new Figures(name, indexes, quads, seconds);
    }

    private static LoaderPlan phasedPlanFor(DatasetGraph dataset) {
        StoreParams params = params(dataset);
        Set<String> triples = Set.of(params.getTripleIndexes());
        Set<String> quads = Set.of(params.getQuadIndexes());
        LoaderPlan phased = LoaderPlans.loaderPlanPhased;
        return new LoaderPlan(phased.dataInputType(), keep(phased.primaryLoad3(), triples), keep(phased.primaryLoad4(), quads),
                keep(phased.secondaryIndex3(), triples), keep(phased.secondaryIndex4(), quads));
    }

    private static String[] keep(String[] indexes, Set<String> present) {
        return Arrays.stream(indexes).filter(present::contains).toArray(String[]::new);
    }

    private static String[][] keep(String[][] groups, Set<String> present) {
        return Arrays.stream(groups).map(group -> keep(group, present)).filter(group -> group.length > 0).toArray(String[][]::new);
    }

    private static StoreParams params(DatasetGraph dataset) {
        return TDBInternal.getDatasetGraphTDB(dataset).getStoreParams();
    }
}
