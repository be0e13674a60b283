package org.oerfed.graph.normalise;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Turns the many ways partners name a language (ISO 639-1, 639-2/B and /T, BCP 47 tags, names in English,
 * French, Spanish, German or the language itself) into one code: ISO 639-1 where the language has one,
 * else its three-letter code. Labels come from the JDK's locale data, so no list is kept by hand.
 */
public final class LanguageCodes {
    private static final Locale[] NAME_LOCALES = {Locale.ENGLISH, Locale.FRENCH, new Locale("es"), Locale.GERMAN};

    private final Set<String> twoLetter = Set.of(Locale.getISOLanguages());
    private final Map<String, String> threeToTwo = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, String> bibliographicToTerminology;

    public LanguageCodes() {
        bibliographicToTerminology = loadBibliographicCodes();
        for (String code : twoLetter) {
            Locale language = new Locale(code);
            try {
                threeToTwo.put(language.getISO3Language(), code);
            } catch (java.util.MissingResourceException e) {
                // a few deprecated codes have no three-letter form; the two-letter code still works
            }
            for (Locale in : NAME_LOCALES) names.putIfAbsent(fold(language.getDisplayLanguage(in)), code);
            names.putIfAbsent(fold(language.getDisplayLanguage(language)), code);
        }
    }

    /** The code for a partner's value, or empty when it names no language this class knows. */
    public Optional<String> normalise(String value) {
        if (value == null) return Optional.empty();
        String text = value.strip().replace('_', '-');
        if (text.isEmpty()) return Optional.empty();
        String primary = text.split("-", 2)[0].toLowerCase(Locale.ROOT);
        if (primary.length() == 2 && twoLetter.contains(primary)) return Optional.of(primary);
        if (primary.length() == 3) {
            String terminology = bibliographicToTerminology.getOrDefault(primary, primary);
            String two = threeToTwo.get(terminology);
            if (two != null) return Optional.of(two);
            if (!text.contains("-") && primary.chars().allMatch(c -> c >= 'a' && c <= 'z') && isKnownThreeLetter(terminology)) {
                return Optional.of(terminology);
            }
        }
        return Optional.ofNullable(names.get(fold(text)));
    }

    /** The JDK knows a name for many ISO 639-3 codes that have no two-letter form (e.g. "haw"). */
    private static boolean isKnownThreeLetter(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return !name.isEmpty() && !name.equalsIgnoreCase(code);
    }

    private static String fold(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> loadBibliographicCodes() {
        Properties properties = new Properties();
        try (InputStream in = LanguageCodes.class.getResourceAsStream("iso639-2b-to-2t.properties")) {
            if (in == null) throw new IllegalStateException("iso639-2b-to-2t.properties is missing from the classpath");
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> map = new HashMap<>();
        properties.forEach((k, v) -> map.put((String) k, (String) v));
        return Map.copyOf(map);
    }
}
