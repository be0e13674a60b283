package org.oerfed.graph.quality;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.vocabulary.DCTerms;
import org.oerfed.core.harvest.SourceQuality;
import org.oerfed.graph.GraphStore;
import org.oerfed.graph.vocab.Oerfed;
import org.oerfed.graph.vocab.Schema;

/**
 * Measures the quality of one source's stored records with SPARQL aggregates over its record graphs, in one
 * read transaction: completeness per field, the shares with an open licence and with a language, the values
 * of concept-valued properties that stayed literals, and the validation findings stored with each record.
 * A few passes over the source's records; meant for the end of a run, not for each request.
 */
public final class QualityMeasure {
    /** How many unmapped values per property the measure lists; it counts all of them. */
    public static final int DEFAULT_TOP_VALUES = 50;

    /**
     * The fields whose completeness is measured, each as the graph pattern that finds it on {@code ?r}. A
     * field counts when the source gave it in any of the forms the target model allows.
     */
    static final Map<String, String> FIELDS = fields();

    /**
     * The concept-valued properties: a literal still on one of them after linking is a value no vocabulary
     * concept matched. Each as the path from the resource to the value.
     */
    static final Map<String, String> CONCEPT_VALUED = conceptValued();

    private static final String PREFIXES = "PREFIX oerfed: <" + Oerfed.NS + "> PREFIX schema: <" + Schema.NS + "> "
            + "PREFIX dct: <" + DCTerms.NS + "> PREFIX sh: <" + SHACLM.getURI() + "> ";

    private final GraphStore store;
    private final RecordShapes shapes;
    private final Clock clock;
    private final int topValues;

    public QualityMeasure(GraphStore store, RecordShapes shapes, Clock clock) {
        this(store, shapes, clock, DEFAULT_TOP_VALUES);
    }

    public QualityMeasure(GraphStore store, RecordShapes shapes, Clock clock, int topValues) {
        this.store = store;
        this.shapes = shapes;
        this.clock = clock;
        this.topValues = topValues;
    }

    /** The quality of the records of this source as stored now. */
    public SourceQuality measure(String sourceId) {
        return store.read(dataset -> {
            Map<String, Long> counts = fieldCounts(dataset, sourceId);
            long records = counts.get("records");
            Map<String, SourceQuality.Share> completeness = new LinkedHashMap<>();
            FIELDS.keySet().forEach(field -> completeness.put(field, SourceQuality.Share.of(counts.get(field), records)));
            return new SourceQuality(sourceId, clock.instant(), records, counts.get("validated"), completeness,
                    SourceQuality.Share.of(counts.get("openLicence"), records),
                    SourceQuality.Share.of(counts.get("inLanguage"), records),
                    unmapped(dataset, sourceId, counts), recordsBySeverity(dataset, sourceId), findings(dataset, sourceId));
        });
    }

    /** One pass over the source's records, one flag per field per record, summed. */
    private Map<String, Long> fieldCounts(Dataset dataset, String sourceId) {
        StringBuilder select = new StringBuilder("SELECT (COUNT(?g) AS ?records)");
        StringBuilder where = new StringBuilder(" WHERE { GRAPH ?g { ?g oerfed:sourceId ?source ; oerfed:describes ?r . ");
        int i = 0;
        for (String pattern : FIELDS.values()) {
            select.append(" (SUM(?f").append(i).append(") AS ?c").append(i).append(')');
            where.append(flag("?f" + i, pattern));
            i++;
        }
        int u = 0;
        for (String path : CONCEPT_VALUED.values()) {
            select.append(" (SUM(?u").append(u).append(") AS ?unmapped").append(u).append(')');
            where.append(flag("?u" + u, "?r " + path + " ?v FILTER(isLiteral(?v))"));
            u++;
        }
        select.append(" (SUM(?inLanguage) AS ?languages) (SUM(?open) AS ?opens) (SUM(?validated) AS ?validations)");
        where.append(flag("?inLanguage", "?r schema:inLanguage ?v"));
        // the licence vocabulary, a named graph of its own, says which licences are open
        where.append(flag("?open", "?r schema:license ?v . GRAPH ?vocabulary { ?v oerfed:openLicence true }"));
        where.append(flag("?validated", "?g oerfed:validatedAgainst ?v"));
        where.append("} }");
        Map<String, Long> counts = new LinkedHashMap<>();
        select(dataset, select + where.toString(), sourceId, row -> {
            counts.put("records", number(row, "records"));
            int j = 0;
            for (String field : FIELDS.keySet()) counts.put(field, number(row, "c" + j++));
            counts.put("inLanguage", number(row, "languages"));
            counts.put("openLicence", number(row, "opens"));
            counts.put("validated", number(row, "validations"));
            int k = 0;
            for (String property : CONCEPT_VALUED.keySet()) counts.put("unmapped:" + property, number(row, "unmapped" + k++));
        });
        return counts;
    }

    private static String flag(String variable, String pattern) {
        return "BIND(IF(EXISTS { " + pattern + " }, 1, 0) AS " + variable + ") ";
    }

    private Map<String, SourceQuality.Unmapped> unmapped(Dataset dataset, String sourceId, Map<String, Long> counts) {
        Map<String, SourceQuality.Unmapped> unmapped = new LinkedHashMap<>();
        for (Map.Entry<String, String> property : CONCEPT_VALUED.entrySet()) {
            String path = property.getValue();
            List<SourceQuality.ValueCount> values = new ArrayList<>();
            select(dataset, "SELECT ?value (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?g oerfed:sourceId ?source ; "
                    + "oerfed:describes ?r . ?r " + path + " ?o FILTER(isLiteral(?o)) BIND(STR(?o) AS ?value) } } "
                    + "GROUP BY ?value ORDER BY DESC(?n) ?value", sourceId,
                    row -> values.add(new SourceQuality.ValueCount(row.getLiteral("value").getString(), number(row, "n"))));
            String uri = path.substring(path.lastIndexOf('<') + 1, path.length() - 1);
            unmapped.put(property.getKey(), new SourceQuality.Unmapped(uri, values.size(),
                    counts.get("unmapped:" + property.getKey()), values.subList(0, Math.min(topValues, values.size()))));
        }
        return unmapped;
    }

    private Map<String, Long> recordsBySeverity(Dataset dataset, String sourceId) {
        Map<String, Long> bySeverity = new LinkedHashMap<>();
        // Info findings are not stored: completeness and unmapped values say the same
        for (String severity : List.of("Violation", "Warning")) bySeverity.put(severity, 0L);
        // a record stores the shapes it fails; the shapes, known here, say their severity
        select(dataset, "SELECT ?severity (COUNT(DISTINCT ?g) AS ?n) WHERE { " + shapeSeverities()
                + " GRAPH ?g { ?g oerfed:sourceId ?source ; oerfed:failsShape ?shape } } GROUP BY ?severity", sourceId,
                row -> bySeverity.put(row.getLiteral("severity").getString(), number(row, "n")));
        return bySeverity;
    }

    private String shapeSeverities() {
        StringBuilder values = new StringBuilder("VALUES (?shape ?severity) {");
        shapes.all().forEach((uri, described) -> values.append(" (<").append(uri).append("> \"").append(described.severity()).append("\")"));
        return values.append(" }").toString();
    }

    private List<SourceQuality.ShapeFindings> findings(Dataset dataset, String sourceId) {
        List<SourceQuality.ShapeFindings> findings = new ArrayList<>();
        select(dataset, "SELECT ?shape (COUNT(DISTINCT ?g) AS ?records) "
                + "WHERE { GRAPH ?g { ?g oerfed:sourceId ?source ; oerfed:failsShape ?shape } } GROUP BY ?shape", sourceId, row -> {
            RDFNode shape = row.get("shape");
            String uri = shape.isURIResource() ? shape.asResource().getURI() : shape.toString();
            RecordShapes.Described described = shapes.described(uri)
                    .orElse(new RecordShapes.Described(uri, "Warning", "a shape OERfed no longer has; the record predates it"));
            findings.add(new SourceQuality.ShapeFindings(uri, described.name(), described.severity(), described.message(),
                    number(row, "records")));
        });
        findings.sort(Comparator.comparingInt((SourceQuality.ShapeFindings f) -> severityRank(f.severity()))
                .thenComparing(Comparator.comparingLong(SourceQuality.ShapeFindings::records).reversed())
                .thenComparing(SourceQuality.ShapeFindings::shape));
        return findings;
    }

    private static int severityRank(String severity) {
        return switch (severity) {
            case "Violation" -> 0;
            case "Warning" -> 1;
            default -> 2;
        };
    }

    private static void select(Dataset dataset, String query, String sourceId, Consumer<QuerySolution> row) {
        ParameterizedSparqlString parameterized = new ParameterizedSparqlString(PREFIXES + query);
        parameterized.setLiteral("source", sourceId);
        try (QueryExecution execution = QueryExecution.dataset(dataset).query(parameterized.asQuery()).build()) {
            execution.execSelect().forEachRemaining(row);
        }
    }

    private static long number(QuerySolution row, String variable) {
        RDFNode value = row.get(variable);
        return value == null ? 0 : value.asLiteral().getLong();
    }

    private static Map<String, String> conceptValued() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("learningResourceType", "<" + Schema.learningResourceType.getURI() + ">");
        properties.put("educationalLevel", "<" + Schema.NS + "educationalLevel>");
        properties.put("about", "<" + Schema.about.getURI() + ">");
        properties.put("educationalRole", "<" + Schema.audience.getURI() + ">/<" + Schema.NS + "educationalRole>");
        return Collections.unmodifiableMap(properties);
    }

    private static Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", "?r schema:name ?v");
        fields.put("description", "?r schema:description ?v");
        fields.put("language", "?r schema:inLanguage|dct:language ?v");
        fields.put("licence", "?r schema:license ?v");
        fields.put("learningResourceType", "?r schema:learningResourceType ?v");
        fields.put("educationalLevel", "?r schema:educationalLevel ?v");
        fields.put("about", "?r schema:about ?v");
        fields.put("audience", "?r schema:audience/schema:educationalRole ?v");
        fields.put("keywords", "?r schema:keywords ?v");
        fields.put("creator", "?r schema:creator|dct:creator ?v");
        fields.put("publisher", "?r schema:publisher|dct:publisher ?v");
        fields.put("dateCreated", "?r schema:dateCreated ?v");
        fields.put("dateModified", "?r schema:dateModified ?v");
        fields.put("url", "?r schema:url ?v");
        fields.put("encoding", "?r schema:encoding|schema:encodingFormat ?v");
        fields.put("accessibility", "?r schema:accessibilityFeature|schema:accessibilityHazard|schema:accessibilitySummary"
                + "|schema:accessMode|schema:accessModeSufficient|schema:accessibilityAPI|schema:accessibilityControl ?v");
        return Collections.unmodifiableMap(fields);
    }
}
