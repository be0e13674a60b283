package org.oerfed.graph.linkeddata;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.oerfed.graph.GraphStore;
import org.oerfed.graph.vocab.Oerfed;

/**
 * The VoID description of the whole dataset: its size (triples, distinct subjects, resources, properties,
 * classes), each source as a {@code void:subset} with its own counts, the vocabularies used, where to query
 * it and where to download it.
 *
 * <p>Counting walks every quad, so the description is computed at most once per {@code maxAge} and kept;
 * {@link #refresh()} drops it sooner, e.g. after a dump.
 */
public final class VoidDescription {
    private static final String PREFIX = "PREFIX oerfed: <" + Oerfed.NS + ">\n";
    private static final String TOTALS = "SELECT (COUNT(*) AS ?triples) (COUNT(DISTINCT ?s) AS ?subjects) "
            + "WHERE { GRAPH ?g { ?s ?p ?o } }";
    private static final String RESOURCES = PREFIX + "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { GRAPH ?g { ?g oerfed:describes ?r } }";
    private static final String PREDICATES = "SELECT DISTINCT ?p WHERE { GRAPH ?g { ?s ?p ?o } }";
    private static final String CLASSES = "SELECT DISTINCT ?c WHERE { GRAPH ?g { ?s a ?c } }";
    private static final String SOURCES = PREFIX + "SELECT ?source ?id (COUNT(DISTINCT ?r) AS ?resources) (COUNT(DISTINCT ?g) AS ?records) "
            + "WHERE { GRAPH ?g { ?g oerfed:source ?source ; oerfed:sourceId ?id ; oerfed:describes ?r } } GROUP BY ?source ?id ORDER BY ?id";
    private static final String SOURCE_TRIPLES = PREFIX + "SELECT ?source (COUNT(*) AS ?triples) "
            + "WHERE { GRAPH ?g { ?g oerfed:source ?source . ?s ?p ?o } } GROUP BY ?source";

    /** Where the description is published: the dataset's URI and the service's addresses. */
    public record Addresses(String baseUri, String datasetUri, String sparqlEndpoint, String dumpsBase) {
    }

    /** A downloadable file of the dataset, by its public URL. */
    public record DataDump(String url) {
    }

    private record Cached(Model model, Instant at) {
    }

    private final GraphStore store;
    private final Addresses addresses;
    private final Supplier<List<DataDump>> dumps;
    private final Clock clock;
    private final Duration maxAge;
    private Cached cached;

    /**
     * @param dumps  the dumps to link, newest first
     * @param maxAge how long a computed description is served before it is computed again
     */
    public VoidDescription(GraphStore store, Addresses addresses, Supplier<List<DataDump>> dumps, Clock clock, Duration maxAge) {
        this.store = store;
        this.addresses = addresses;
        this.dumps = dumps;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    /** The description; read it, do not change it. */
    public synchronized Model describe() {
        Instant now = clock.instant();
        if (cached == null || !now.isBefore(cached.at().plus(maxAge))) cached = new Cached(compute(now), now);
        return cached.model();
    }

    /** Forgets the cached description, so that the next request counts again. */
    public synchronized void refresh() {
        cached = null;
    }

    private Model compute(Instant now) {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefix("void", VOID.NS);
        model.setNsPrefix("dct", DCTerms.NS);
        Resource dataset = model.createResource(addresses.datasetUri(), VOID.Dataset)
                .addProperty(DCTerms.title, "OERfed: Open Educational Resources from every partner", "en")
                .addProperty(DCTerms.description, "Metadata of open educational resources harvested from partner repositories, "
                        + "normalised to schema.org/LRMI and DC Terms; one named graph per source record, with its provenance.", "en")
                .addProperty(VOID.uriSpace, addresses.baseUri())
                .addProperty(VOID.sparqlEndpoint, model.createResource(addresses.sparqlEndpoint()))
                .addProperty(VOID.feature, model.createResource("http://www.w3.org/ns/formats/N-Quads"))
                .addProperty(VOID.feature, model.createResource("http://www.w3.org/ns/formats/JSON-LD"))
                .addProperty(VOID.feature, model.createResource("http://www.w3.org/ns/formats/Turtle"))
                .addProperty(VOID.feature, model.createResource("http://www.w3.org/ns/formats/RDF_XML"))
                .addLiteral(DCTerms.modified, model.createTypedLiteral(GregorianCalendar.from(now.atZone(java.time.ZoneOffset.UTC))));
        store.read(data -> {
            describeTotals(data, dataset);
            describeSources(data, model, dataset);
            return null;
        });
        for (DataDump dump : dumps.get()) dataset.addProperty(VOID.dataDump, model.createResource(dump.url()));
        return model;
    }

    private static void describeTotals(Dataset data, Resource dataset) {
        QuerySolution totals = first(data, TOTALS);
        dataset.addLiteral(VOID.triples, totals.getLiteral("triples").getLong());
        dataset.addLiteral(VOID.distinctSubjects, totals.getLiteral("subjects").getLong());
        dataset.addLiteral(VOID.entities, first(data, RESOURCES).getLiteral("n").getLong());
        List<String> predicates = column(data, PREDICATES, "p");
        List<String> classes = column(data, CLASSES, "c");
        dataset.addLiteral(VOID.properties, (long) predicates.size());
        dataset.addLiteral(VOID.classes, (long) classes.size());
        Set<String> vocabularies = new TreeSet<>();
        predicates.forEach(p -> vocabularies.add(namespace(p)));
        classes.forEach(c -> vocabularies.add(namespace(c)));
        vocabularies.forEach(v -> dataset.addProperty(VOID.vocabulary, dataset.getModel().createResource(v)));
    }

    private void describeSources(Dataset data, Model model, Resource dataset) {
        java.util.Map<String, Long> triples = new java.util.HashMap<>();
        try (QueryExecution execution = QueryExecution.dataset(data).query(SOURCE_TRIPLES).build()) {
            execution.execSelect().forEachRemaining(s -> triples.put(s.getResource("source").getURI(), s.getLiteral("triples").getLong()));
        }
        try (QueryExecution execution = QueryExecution.dataset(data).query(SOURCES).build()) {
            execution.execSelect().forEachRemaining(s -> {
                String source = s.getResource("source").getURI();
                String id = s.getLiteral("id").getString();
                Resource subset = model.createResource(addresses.datasetUri() + "-" + id, VOID.Dataset)
                        .addProperty(DCTerms.title, id)
                        .addProperty(DCTerms.source, model.createResource(source))
                        .addLiteral(VOID.entities, s.getLiteral("resources").getLong())
                        .addLiteral(VOID.documents, s.getLiteral("records").getLong())
                        .addLiteral(VOID.triples, triples.getOrDefault(source, 0L));
                dataset.addProperty(VOID.subset, subset);
            });
        }
    }

    private static QuerySolution first(Dataset data, String query) {
        try (QueryExecution execution = QueryExecution.dataset(data).query(query).build()) {
            return execution.execSelect().next();
        }
    }

    private static List<String> column(Dataset data, String query, String variable) {
        try (QueryExecution execution = QueryExecution.dataset(data).query(query).build()) {
            List<String> values = new java.util.ArrayList<>();
            execution.execSelect().forEachRemaining(s -> {
                if (s.get(variable).isURIResource()) values.add(s.getResource(variable).getURI());
            });
            return values;
        }
    }

    /** The namespace of a term: up to its last '#', else its last '/'. */
    static String namespace(String term) {
        int hash = term.lastIndexOf('#');
        return term.substring(0, (hash >= 0 ? hash : term.lastIndexOf('/')) + 1);
    }
}
