package org.oerfed.graph.normalise;

import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.oerfed.graph.vocab.Schema;

/**
 * Makes the people and organisations a record names: blank nodes typed {@code schema:Person} or
 * {@code schema:Organization} with a {@code schema:name}, so that what one record says about an agent stays in
 * that record's graph.
 */
final class Agents {
    private final LicenseUris urls;

    Agents(LicenseUris urls) {
        this.urls = urls;
    }

    Resource person(Model m, String name) {
        return m.createResource(Schema.Person).addLiteral(Schema.name, m.createLiteral(name.strip()));
    }

    Resource organisation(Model m, String name) {
        return m.createResource(Schema.Organization).addLiteral(Schema.name, m.createLiteral(name.strip()));
    }

    /**
     * The agent a vCard describes: an organisation when it says {@code KIND:org} or names only an
     * organisation, else a person affiliated to its {@code ORG}; its web URLs (an ORCID, a ROR id) as
     * {@code schema:sameAs}. Empty when the card names nobody.
     */
    Optional<Resource> fromVCard(Model m, VCard card) {
        Optional<String> person = card.formattedName().or(card::name);
        Resource agent;
        if (card.organisation().isPresent() && (card.kindOrg() || person.isEmpty())) {
            agent = organisation(m, card.organisation().get());
        } else if (person.isPresent()) {
            agent = card.kindOrg() ? organisation(m, person.get()) : person(m, person.get());
            if (!card.kindOrg()) card.organisation().ifPresent(org -> agent.addProperty(Schema.affiliation, organisation(m, org)));
        } else {
            return Optional.empty();
        }
        card.urls().stream().filter(urls::isWebUrl).forEach(url -> agent.addProperty(Schema.sameAs, m.createResource(url)));
        return Optional.of(agent);
    }
}
