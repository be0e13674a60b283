package org.oerfed.pipeline.source;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.oerfed.core.error.OerfedException;
import org.oerfed.core.source.InvalidCharacters;
import org.oerfed.core.source.Quirk;
import org.oerfed.core.source.SourceConfig;
import org.oerfed.core.source.SourceType;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads the sources folder: one YAML file ({@code *.yaml} or {@code *.yml}) per source. Every problem in
 * every file is collected and reported at once, each naming its file, so that the operator fixes them in one
 * go; a folder with any problem starts nothing.
 */
public final class SourceFiles {
    static final Set<String> REQUIRED = Set.of("id", "name", "country", "type", "url");
    static final Set<String> OPTIONAL = Set.of("metadataPrefix", "sets", "schedule", "quirks", "invalidCharacters", "priority");
    /** What a feed's items are normalised from: the harvester's own item format. */
    static final String FEED_ITEM_PREFIX = "feed-item";
    /** What pages listed by a sitemap are normalised from: their embedded schema.org JSON-LD. */
    static final String JSON_LD_PREFIX = "schema-jsonld";
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** Loads and validates every source file in {@code folder}. */
    public List<SourceConfig> load(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw OerfedException.setup("the sources folder " + folder.toAbsolutePath() + " does not exist or is not a folder", null);
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw OerfedException.setup("cannot list the sources folder " + folder.toAbsolutePath(), e);
        }
        List<String> problems = new ArrayList<>();
        List<SourceConfig> sources = new ArrayList<>();
        Map<String, Path> fileById = new HashMap<>();
        for (Path file : files) {
            List<String> fileProblems = new ArrayList<>();
            Optional<SourceConfig> source = parse(file, fileProblems);
            fileProblems.forEach(p -> problems.add(file.toAbsolutePath() + ": " + p));
            source.ifPresent(s -> {
                Path other = fileById.putIfAbsent(s.id(), file);
                if (other != null) problems.add(file.toAbsolutePath() + ": id '" + s.id() + "' is already used by " + other.toAbsolutePath());
                else sources.add(s);
            });
        }
        if (!problems.isEmpty()) {
            throw OerfedException.setup("invalid source configuration:\n  " + String.join("\n  ", problems), null);
        }
        return List.copyOf(sources);
    }

    /** Parses one file; problems are added to {@code problems} and the source is empty if there are any. */
    Optional<SourceConfig> parse(Path file, List<String> problems) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader, problems);
        } catch (IOException e) {
            problems.add("cannot read it: " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Validates one source file's text, as an operator sends it to the admin API.
     *
     * @return the source, or empty with every problem added to {@code problems}
     */
    public Optional<SourceConfig> parse(String yaml, List<String> problems) {
        return parse(new java.io.StringReader(yaml), problems);
    }

    private Optional<SourceConfig> parse(Reader reader, List<String> problems) {
        Object document;
        try {
            document = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (YAMLException e) {
            problems.add("cannot read it as YAML: " + e.getMessage().lines().findFirst().orElse(""));
            return Optional.empty();
        }
        if (!(document instanceof Map<?, ?> map)) {
            problems.add("expected a mapping of keys " + REQUIRED + " (and optionally " + OPTIONAL + ")");
            return Optional.empty();
        }
        Set<String> keys = new LinkedHashSet<>();
        map.keySet().forEach(k -> keys.add(String.valueOf(k)));
        keys.stream().filter(k -> !REQUIRED.contains(k) && !OPTIONAL.contains(k)).sorted()
                .forEach(k -> problems.add("unknown key '" + k + "'; allowed keys: " + new java.util.TreeSet<>(union())));
        REQUIRED.stream().filter(k -> !keys.contains(k)).sorted().forEach(k -> problems.add("missing key '" + k + "'"));
        if (SourceType.OAI_PMH.key().equals(map.get("type")) && !keys.contains("metadataPrefix")) {
            problems.add("missing key 'metadataPrefix' (an oai-pmh source names the format to harvest, e.g. oai_dc)");
        }
        // the values of the keys present are checked too, so that one answer lists every problem

        String id = text(map, "id", problems);
        if (id != null && !ID.matcher(id).matches()) {
            problems.add("id '" + id + "' must be lower-case letters, digits and hyphens, starting with a letter or digit, at most 63 characters");
        }
        String name = text(map, "name", problems);
        String country = text(map, "country", problems);
        if (country != null && !COUNTRIES.contains(country)) {
            problems.add("country '" + country + "' is not an ISO 3166-1 alpha-2 code in upper case, e.g. FR");
        }
        String typeKey = text(map, "type", problems);
        SourceType type = typeKey == null ? null : SourceType.fromKey(typeKey).orElse(null);
        if (typeKey != null && type == null) problems.add("type '" + typeKey + "' is not one of oai-pmh, rss, sitemap");
        URI url = url(text(map, "url", problems), problems);
        List<String> metadataPrefixes;
        if (type == SourceType.RSS && !map.containsKey("metadataPrefix")) {
            metadataPrefixes = List.of(FEED_ITEM_PREFIX);
        } else if (type == SourceType.SITEMAP && !map.containsKey("metadataPrefix")) {
            metadataPrefixes = List.of(JSON_LD_PREFIX);
        } else {
            metadataPrefixes = prefixes(map.get("metadataPrefix"), map.containsKey("metadataPrefix"), problems);
        }
        List<String> sets = sets(map.get("sets"), problems);
        Optional<String> schedule = schedule(map.get("schedule"), problems);
        Set<Quirk> quirks = quirks(map.get("quirks"), problems);
        InvalidCharacters invalidCharacters = invalidCharacters(map.get("invalidCharacters"), problems);
        int priority = priority(map.get("priority"), problems);
        if (!problems.isEmpty()) return Optional.empty();
        return Optional.of(new SourceConfig(id, name, country, type, url, metadataPrefixes, sets, schedule, quirks, invalidCharacters, priority));
    }

    private static Set<String> union() {
        Set<String> all = new LinkedHashSet<>(REQUIRED);
        all.addAll(OPTIONAL);
        return all;
    }

    private static String text(Map<?, ?> map, String key, List<String> problems) {
        if (!map.containsKey(key)) return null; // reported as a missing key
        Object value = map.get(key);
        if (value instanceof String s && !s.isBlank()) return s.strip();
        problems.add("'" + key + "' must be a non-empty text, was " + (value == null ? "empty" : "'" + value + "'"));
        return null;
    }

    private static URI url(String text, List<String> problems) {
        if (text == null) return null;
        try {
            URI uri = new URI(text);
            if (uri.isAbsolute() && uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) return uri;
        } catch (URISyntaxException e) {
            // reported below
        }
        problems.add("url '" + text + "' must be an absolute http or https URL");
        return null;
    }

    /** One format, or several in order of preference: the first the source offers is harvested. */
    private static List<String> prefixes(Object value, boolean present, List<String> problems) {
        if (!present) return List.of();
        if (value instanceof String text && !text.isBlank()) return List.of(text.strip());
        if (value instanceof List<?> list && !list.isEmpty() && list.stream().allMatch(v -> v instanceof String t && !t.isBlank())) {
            return list.stream().map(v -> ((String) v).strip()).distinct().toList();
        }
        problems.add("'metadataPrefix' must be a format such as oai_dc, or a list in order of preference such as [lom, oai_dc]");
        return List.of();
    }

    private static List<String> sets(Object value, List<String> problems) {
        if (value == null) return List.of();
        if (value instanceof List<?> list && list.stream().allMatch(v -> v instanceof String s && !s.isBlank())) {
            return list.stream().map(v -> ((String) v).strip()).toList();
        }
        problems.add("'sets' must be a list of set specs, e.g. [mathematics, physics]");
        return List.of();
    }

    private static Set<Quirk> quirks(Object value, List<String> problems) {
        if (value == null) return Set.of();
        String known = java.util.Arrays.stream(Quirk.values()).map(Quirk::key).toList().toString();
        if (!(value instanceof List<?> list)) {
            problems.add("'quirks' must be a list, e.g. [day-granularity]; known quirks: " + known);
            return Set.of();
        }
        Set<Quirk> quirks = java.util.EnumSet.noneOf(Quirk.class);
        for (Object item : list) {
            Optional<Quirk> quirk = Quirk.fromKey(String.valueOf(item).strip());
            if (quirk.isPresent()) quirks.add(quirk.get());
            else problems.add("unknown quirk '" + item + "'; known quirks: " + known);
        }
        return quirks;
    }

    private static InvalidCharacters invalidCharacters(Object value, List<String> problems) {
        if (value == null) return InvalidCharacters.STRIP;
        String text = String.valueOf(value).strip();
        if (text.equals("strip")) return InvalidCharacters.STRIP;
        if (text.equals("fail")) return InvalidCharacters.FAIL;
        problems.add("invalidCharacters '" + text + "' must be 'strip' or 'fail'");
        return InvalidCharacters.STRIP;
    }

    /** Whose title wins when sources describe one resource: higher first; 0 when absent. */
    private static int priority(Object value, List<String> problems) {
        if (value == null) return 0;
        if (value instanceof Integer number) return number;
        problems.add("'priority' must be a whole number (higher wins when sources describe one resource), was '" + value + "'");
        return 0;
    }

    private static Optional<String> schedule(Object value, List<String> problems) {
        if (value == null) return Optional.empty();
        String text = String.valueOf(value).strip();
        if (HarvestSchedule.parse(text).isEmpty()) {
            problems.add("schedule '" + text + "' is neither an ISO-8601 duration (e.g. PT6H) nor a Quartz cron expression (e.g. '0 0 2 * * ?')");
        }
        return Optional.of(text);
    }
}
