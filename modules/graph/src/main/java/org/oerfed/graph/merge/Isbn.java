package org.oerfed.graph.merge;

import java.util.Optional;

/** ISBNs, checked and written as the 13 digits of ISBN-13, so that an ISBN-10 and its ISBN-13 agree. */
final class Isbn {
    private Isbn() {
    }

    /** The ISBN-13 digits of an ISBN-10 or ISBN-13 written with or without hyphens and spaces; empty if the checksum fails. */
    static Optional<String> of(String text) {
        String compact = text.replaceAll("[\\s\\-\u2010\u2011\u2012\u2013]", "").toUpperCase(java.util.Locale.ROOT);
        if (compact.matches("\\d{13}") && (compact.startsWith("978") || compact.startsWith("979"))) {
            return compact.charAt(12) == check13(compact.substring(0, 12)) ? Optional.of(compact) : Optional.empty();
        }
        if (compact.matches("\\d{9}[\\dX]") && valid10(compact)) {
            String body = "978" + compact.substring(0, 9);
            return Optional.of(body + check13(body));
        }
        return Optional.empty();
    }

    private static boolean valid10(String isbn) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            char c = isbn.charAt(i);
            int digit = c == 'X' ? 10 : c - '0';
            if (c == 'X' && i != 9) return false;
            sum += (10 - i) * digit;
        }
        return sum % 11 == 0;
    }

    private static char check13(String twelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) sum += (twelve.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        return (char) ('0' + (10 - sum % 10) % 10);
    }
}
