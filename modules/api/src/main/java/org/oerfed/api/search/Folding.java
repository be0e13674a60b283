package org.oerfed.api.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The form typed text and labels are compared in: "Mathé" typed finds "Mathématiques" and "MATHEMATICS". */
final class Folding {
    /** Latin, Greek and Cyrillic accents only: the vowel signs of Indic scripts are letters of their words. */
    private static final Pattern ACCENTS = Pattern.compile("[\\u0300-\\u036f]");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

    private Folding() {
    }

    /** NFKC, accents removed, lower case, every run of punctuation and spaces one space, trimmed. */
    static String fold(String text) {
        String folded = Normalizer.normalize(Normalizer.normalize(text, Normalizer.Form.NFKC), Normalizer.Form.NFD);
        folded = ACCENTS.matcher(folded).replaceAll("");
        folded = Normalizer.normalize(folded, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return NOT_WORD.matcher(folded).replaceAll(" ").strip();
    }
}
