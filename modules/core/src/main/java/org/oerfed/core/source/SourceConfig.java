package org.oerfed.core.source;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One partner, as configured in its own file in the sources folder.
 *
 * @param id             stable, URL-safe identifier; part of every resource id from this source
 * @param name           human-readable name of the partner
 * @param country        ISO 3166-1 alpha-2 code of the partner's country, upper case
 * @param type           protocol the partner speaks
 * @param url            base URL of the endpoint (the OAI-PMH base URL for {@code oai-pmh})
 * @param metadataPrefix the preferred metadata format, e.g. {@code lom}
 * @param metadataPrefixes every acceptable format, most preferred first ({@code metadataPrefix} first): a
 *                       harvest asks for the first one the source offers
 * @param sets           sets to harvest; empty means the whole repository
 * @param schedule       when to harvest again: an ISO-8601 duration such as {@code PT6H} or a Quartz cron
 *                       expression; empty means once, at startup
 * @param quirks         protocol deviations of this endpoint to work around
 * @param invalidCharacters what to do with characters XML forbids in its responses
 * @param priority       how much the source's word counts when several sources describe one resource: the
 *                       merged resource takes its single values (title, link, …) from the source with the
 *                       highest priority; default 0, negative allowed
 */
public record SourceConfig(
        String id,
        String name,
        String country,
        SourceType type,
        URI url,
        List<String> metadataPrefixes,
        List<String> sets,
        Optional<String> schedule,
        Set<Quirk> quirks,
        InvalidCharacters invalidCharacters,
        int priority) {

    public SourceConfig {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(url, "url");
        metadataPrefixes = List.copyOf(metadataPrefixes);
        if (metadataPrefixes.isEmpty()) throw new IllegalArgumentException("a source needs at least one metadata prefix");
        sets = List.copyOf(sets);
        Objects.requireNonNull(schedule, "schedule");
        quirks = Set.copyOf(quirks);
        Objects.requireNonNull(invalidCharacters, "invalidCharacters");
    }

    /** A source of priority 0. */
    public SourceConfig(String id, String name, String country, SourceType type, URI url, List<String> metadataPrefixes,
                        List<String> sets, Optional<String> schedule, Set<Quirk> quirks, InvalidCharacters invalidCharacters) {
        this(id, name, country, type, url, metadataPrefixes, sets, schedule, quirks, invalidCharacters, 0);
    }

    /** A source of one metadata format, with no quirks, that strips invalid characters. */
    public SourceConfig(String id, String name, String country, SourceType type, URI url, String metadataPrefix, List<String> sets,
                        Optional<String> schedule) {
        this(id, name, country, type, url, List.of(metadataPrefix), sets, schedule, Set.of(), InvalidCharacters.STRIP);
    }

    /** The preferred metadata format. */
    public String metadataPrefix() {
        return metadataPrefixes.get(0);
    }

    /** The same source asking for these formats, e.g. only those OERfed can read, or the one chosen. */
    public SourceConfig withMetadataPrefixes(List<String> prefixes) {
        return new SourceConfig(id, name, country, type, url, prefixes, sets, schedule, quirks, invalidCharacters, priority);
    }

    /** The same source with another priority. */
    public SourceConfig withPriority(int newPriority) {
        return new SourceConfig(id, name, country, type, url, metadataPrefixes, sets, schedule, quirks, invalidCharacters, newPriority);
    }

    public boolean has(Quirk quirk) {
        return quirks.contains(quirk);
    }
}
