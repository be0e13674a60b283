package org.oerfed.graph.merge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.util.ResourceUtils;
import org.oerfed.graph.GraphChanges;
import org.oerfed.graph.IndexJournal;
import org.oerfed.graph.JournalEntry;
import org.oerfed.graph.RecordGraph;
import org.oerfed.graph.ResourceIds;
import org.oerfed.graph.vocab.Oerfed;
import org.oerfed.graph.vocab.Prov;

/**
 * Assigns every record graph a batch writes to the resource it describes, and journals the resources the
 * batch changes for the search index. Runs inside the write transaction of the batch
 * ({@link org.oerfed.graph.GraphStore#apply(Function)}), so that it sees every batch committed before it,
 * whichever source's.
 *
 * <p>A record keeps its graph URI ({@code record/{id}}); the resource it describes is
 * <ol>
 *   <li>the resource it described before, if a record of another source in it still shares a
 *       {@link MatchKeys match key} with it (re-harvesting changes nothing);</li>
 *   <li>else the resource of a record of another source that shares a key (the one sharing most keys, then
 *       the first by URI), records of this batch included;</li>
 *   <li>else the resource it described before, if no other record describes it any more (the resource
 *       keeps its id when its other sources delete their records);</li>
 *   <li>else its own id; or, when records that no longer share a key with it still hold its own id (it
 *       founded the resource, then changed), its own id with {@code -1} (then {@code -2}, …) appended.</li>
 * </ol>
 *
 * <p>Guards, against keys that many unrelated records share (a repository's home page as every record's
 * link, a placeholder identifier): a resource holds at most one record of each source, so a source's records
 * never merge with each other; and a key more than {@value #MAX_RECORDS_PER_KEY} stored records share merges
 * nothing: a real identifier is shared by one record per source that has the resource. The lookups stay
 * cheap as a result: one index range of at most that many quads per key.
 *
 * <p>Records that no longer share a key with the others of their resource stay with it until they are
 * written again; a record that links two existing resources joins one, and the two are not merged. Both keep
 * every batch's work proportional to the batch, not to the resources it touches.
 */
public final class RecordMerger {
    /** The most stored records one key may be shared by and still merge anything. */
    public static final int MAX_RECORDS_PER_KEY = 50;

    private final ResourceIds ids;

    public RecordMerger(ResourceIds ids) {
        this.ids = ids;
    }

    /**
     * What one batch changes in the record graphs.
     *
     * @param written record graphs to store, as {@link org.oerfed.graph.normalise.RecordGraphBuilder} built them
     *                (describing the record's own resource id)
     * @param deleted record graphs to remove
     * @param seen    stored record graphs sent again unchanged
     * @param seenAt  when those were seen
     */
    public record Batch(List<RecordGraph> written, List<String> deleted, List<String> seen, Instant seenAt) {
        public Batch {
            written = List.copyOf(written);
            deleted = List.copyOf(deleted);
            seen = List.copyOf(seen);
        }

        /** Removals only. */
        public static Batch deleting(List<String> deleted) {
            return new Batch(List.of(), deleted, List.of(), Instant.EPOCH);
        }
    }

    /** The planner of a batch, for {@link org.oerfed.graph.GraphStore#apply(Function)}. */
    public Function<Dataset, GraphChanges> planner(Batch batch) {
        String journalBatch = IndexJournal.newBatch();
        return dataset -> plan(dataset, batch, journalBatch);
    }

    /** The changes that store the batch with its records assigned, and journal every resource it touches. */
    GraphChanges plan(Dataset dataset, Batch batch, String journalBatch) {
        Plan plan = new Plan(dataset.asDatasetGraph(), batch);
        Set<String> touched = new LinkedHashSet<>();
        for (String deleted : batch.deleted()) plan.storedResourceOf(deleted).ifPresent(touched::add);
        List<RecordGraph> written = new ArrayList<>(batch.written());
        written.sort(Comparator.comparing(RecordGraph::graphUri));
        List<RecordGraph> assigned = new ArrayList<>();
        for (RecordGraph record : written) {
            Optional<String> before = plan.storedResourceOf(record.graphUri());
            String resource = plan.assign(record, before);
            touched.add(resource);
            before.filter(b -> !b.equals(resource)).ifPresent(touched::add);
            assigned.add(describing(record, resource, plan.firstHarvested(record)));
        }
        List<JournalEntry> journal = touched.stream().map(uri -> new JournalEntry(journalBatch, uri)).toList();
        return new GraphChanges(assigned, batch.deleted(), batch.seen(), batch.seenAt(), journal, List.of());
    }

    /** A copy of the record graph describing {@code resourceUri}, with when the record was first stored. */
    private RecordGraph describing(RecordGraph record, String resourceUri, Statement firstHarvested) {
        Model model = ModelFactory.createDefaultModel().setNsPrefixes(record.model().getNsPrefixMap()).add(record.model());
        String own = ids.resourceUri(record.resourceId());
        if (!own.equals(resourceUri)) ResourceUtils.renameResource(model.getResource(own), resourceUri);
        Resource node = model.getResource(record.graphUri());
        node.removeAll(Oerfed.firstHarvested);
        node.addProperty(Oerfed.firstHarvested, firstHarvested.getObject());
        return new RecordGraph(ids.resourceIdOf(resourceUri).orElseThrow(), record.graphUri(), model);
    }

    /** The state of one planning: what the store holds, less what the batch replaces, plus what it assigned so far. */
    private final class Plan {
        private final DatasetGraph quads;
        /** Graphs the batch writes or removes: their stored assignment no longer counts. */
        private final Set<String> changing = new HashSet<>();
        private final Map<String, String> assigned = new HashMap<>();
        private final Map<String, Set<String>> assignedTo = new HashMap<>();
        private final Map<String, List<String>> assignedByKey = new HashMap<>();
        private final Map<String, String> sources = new HashMap<>();
        private final Map<String, Optional<String>> storedResources = new HashMap<>();

        Plan(DatasetGraph quads, Batch batch) {
            this.quads = quads;
            batch.written().forEach(r -> changing.add(r.graphUri()));
            changing.addAll(batch.deleted());
        }

        String assign(RecordGraph record, Optional<String> before) {
            String graph = record.graphUri();
            Resource node = record.model().getResource(graph);
            String source = Optional.ofNullable(node.getProperty(Oerfed.sourceId)).map(Statement::getString).orElse("");
            sources.put(graph, source);
            List<String> keys = node.listProperties(Oerfed.matchKey).mapWith(s -> s.getObject().asLiteral().getLexicalForm()).toList();

            Map<String, Integer> shared = new LinkedHashMap<>();
            for (String key : keys) {
                List<String> sharers = sharersOf(key);
                if (sharers.size() > MAX_RECORDS_PER_KEY) continue;
                for (String other : sharers) {
                    if (other.equals(graph) || source.equals(sourceOf(other))) continue;
                    resourceOf(other).ifPresent(r -> shared.merge(r, 1, Integer::sum));
                }
            }
            shared.keySet().removeIf(resource -> othersIn(resource, graph).stream().anyMatch(m -> source.equals(sourceOf(m))));

            String chosen;
            if (before.isPresent() && shared.containsKey(before.get())) {
                chosen = before.get();
            } else if (!shared.isEmpty()) {
                chosen = shared.entrySet().stream()
                        .min(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                        .orElseThrow().getKey();
            } else if (before.isPresent() && othersIn(before.get(), graph).isEmpty()) {
                chosen = before.get();
            } else {
                chosen = freeOwnId(record, graph);
            }
            assigned.put(graph, chosen);
            assignedTo.computeIfAbsent(chosen, r -> new LinkedHashSet<>()).add(graph);
            for (String key : keys) assignedByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(graph);
            return chosen;
        }

        /** The record's own resource URI, or the first of its derived ones that no other record holds. */
        private String freeOwnId(RecordGraph record, String graph) {
            String own = ids.resourceUri(record.resourceId());
            String candidate = own;
            for (int n = 1; !othersIn(candidate, graph).isEmpty(); n++) candidate = own + "-" + n;
            return candidate;
        }

        /** When the record was first stored: kept from the stored version, else now. */
        Statement firstHarvested(RecordGraph record) {
            Node graph = NodeFactory.createURI(record.graphUri());
            Resource node = record.model().getResource(record.graphUri());
            for (var property : List.of(Oerfed.firstHarvested, Prov.generatedAtTime)) {
                Iterator<Quad> stored = quads.find(graph, graph, property.asNode(), Node.ANY);
                if (stored.hasNext()) return record.model().createStatement(node, Oerfed.firstHarvested,
                        record.model().asRDFNode(stored.next().getObject()));
            }
            Statement now = node.getProperty(Prov.generatedAtTime);
            return record.model().createStatement(node, Oerfed.firstHarvested, now.getObject());
        }

        /** The records that share a key, stored (at most one more than the limit) and assigned in this batch. */
        private List<String> sharersOf(String key) {
            List<String> sharers = new ArrayList<>();
            Iterator<Quad> found = quads.find(Node.ANY, Node.ANY, Oerfed.matchKey.asNode(), NodeFactory.createLiteralString(key));
            while (found.hasNext() && sharers.size() <= MAX_RECORDS_PER_KEY) {
                Quad quad = found.next();
                if (quad.getGraph().equals(quad.getSubject()) && !changing.contains(quad.getGraph().getURI())) {
                    sharers.add(quad.getGraph().getURI());
                }
            }
            sharers.addAll(assignedByKey.getOrDefault(key, List.of()));
            return sharers;
        }

        /** The records in a resource other than {@code graph}, as they will be once the batch is applied. */
        private Set<String> othersIn(String resourceUri, String graph) {
            Set<String> members = new LinkedHashSet<>();
            ResourceViews.describers(quads, resourceUri).stream().filter(g -> !changing.contains(g)).forEach(members::add);
            members.addAll(assignedTo.getOrDefault(resourceUri, Set.of()));
            members.remove(graph);
            return members;
        }

        private Optional<String> resourceOf(String graph) {
            String inBatch = assigned.get(graph);
            return inBatch != null ? Optional.of(inBatch) : storedResourceOf(graph);
        }

        Optional<String> storedResourceOf(String graphUri) {
            return storedResources.computeIfAbsent(graphUri, uri -> object(uri, Oerfed.describes.asNode()).filter(Node::isURI).map(Node::getURI));
        }

        private String sourceOf(String graphUri) {
            return sources.computeIfAbsent(graphUri, uri -> object(uri, Oerfed.sourceId.asNode()).filter(Node::isLiteral)
                    .map(Node::getLiteralLexicalForm).orElse(""));
        }

        private Optional<Node> object(String graphUri, Node property) {
            Node graph = NodeFactory.createURI(graphUri);
            Iterator<Quad> found = quads.find(graph, graph, property, Node.ANY);
            return found.hasNext() ? Optional.of(found.next().getObject()) : Optional.empty();
        }
    }
}
