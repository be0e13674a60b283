package org.oerfed.graph.sparql;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The endpoint's W3C SPARQL 1.1 Service Description: what it answers (queries, no updates), in which result
 * formats, over which dataset (the union of the record graphs by default, linked to the VoID description).
 */
public final class ServiceDescription {
    /** The Service Description vocabulary. */
    public static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    /** W3C's unique URIs for RDF and result formats. */
    public static final String FORMATS = "http://www.w3.org/ns/formats/";
    private static final String[] RESULT_FORMATS = {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
            "SPARQL_Results_TSV", "Turtle", "JSON-LD", "N-Triples", "RDF_XML", "N-Quads", "TriG"};

    private ServiceDescription() {
    }

    /**
     * @param endpointUri the endpoint's public URI
     * @param datasetUri  the URI the VoID description gives the dataset
     */
    public static Model of(String endpointUri, String datasetUri, SparqlService service) {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefix("sd", SD);
        model.setNsPrefix("formats", FORMATS);
        model.setNsPrefix("void", "http://rdfs.org/ns/void#");
        model.setNsPrefix("dct", DCTerms.NS);
        Resource endpoint = model.createResource(endpointUri);
        Resource serviceNode = model.createResource(endpointUri + "#service")
                .addProperty(RDF.type, model.createResource(SD + "Service"))
                .addProperty(sd(model, "endpoint"), endpoint)
                .addProperty(sd(model, "supportedLanguage"), model.createResource(SD + "SPARQL11Query"))
                .addProperty(sd(model, "feature"), model.createResource(SD + "UnionDefaultGraph"))
                .addProperty(RDFS.comment, "Read-only: updates are refused. One query runs at most " + service.timeout().toMillis()
                        + " ms and works on at most " + service.maxResults() + " solutions. SERVICE is not allowed.", "en");
        for (String format : RESULT_FORMATS) serviceNode.addProperty(sd(model, "resultFormat"), model.createResource(FORMATS + format));
        Resource defaultGraph = model.createResource()
                .addProperty(RDF.type, model.createResource(SD + "Graph"))
                .addProperty(RDFS.comment, "The union of every named graph: one per source record, one per vocabulary.", "en");
        Resource dataset = model.createResource(datasetUri)
                .addProperty(RDF.type, model.createResource(SD + "Dataset"))
                .addProperty(RDF.type, model.createResource("http://rdfs.org/ns/void#Dataset"))
                .addProperty(sd(model, "defaultGraph"), defaultGraph);
        serviceNode.addProperty(sd(model, "defaultDataset"), dataset);
        return model;
    }

    private static Property sd(Model model, String local) {
        return model.createProperty(SD, local);
    }
}
