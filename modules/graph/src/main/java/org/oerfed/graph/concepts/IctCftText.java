package org.oerfed.graph.concepts;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How the ICT CFT rules compare words: folded (case, diacritics and punctuation away) and as whole words or
 * phrases, so that "Digital-Literacy" matches the term "digital literacy" but "OERs" does not match "OER".
 * Chinese and Japanese do not separate words, so their terms match anywhere in a value.
 */
final class IctCftText {
    /** Separators between the items of one value: "ICT, e-learning; Moodle" is three keywords, not a phrase. */
    private static final Pattern ITEM_SEPARATOR = Pattern.compile("[,;|/\u3001\uFF0C\uFF1B\u060C\u061B]");

    private IctCftText() {
    }

    /** Lower case without diacritics, every run of other characters than letters and digits one space. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        boolean pendingSpace = false;
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            if (Character.isLetterOrDigit(c)) {
                if (pendingSpace && folded.length() > 0) folded.append(' ');
                pendingSpace = false;
                folded.appendCodePoint(Character.toLowerCase(c));
            } else {
                pendingSpace = true;
            }
        }
        return folded.toString();
    }

    /** The folded items of a value a source wrote, split where it lists several. */
    static List<String> items(String value) {
        List<String> items = new ArrayList<>();
        for (String item : ITEM_SEPARATOR.split(value)) {
            String folded = fold(item);
            if (!folded.isEmpty()) items.add(folded);
        }
        return items;
    }

    /** Whether a term is written in a script without spaces between words (Chinese, Japanese). */
    static boolean withoutWordSpaces(String term) {
        return term.codePoints().anyMatch(c -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA;
        });
    }
}
