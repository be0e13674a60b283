package org.oerfed.index.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.oerfed.core.search.SearchField;

/**
 * OERfed's query syntax, parsed leniently: it never fails, and what does not parse is read as plain
 * words. Thread-safe (it holds no state).
 *
 * <ul>
 * <li>Words next to each other must all match; {@code AND} between them says the same.</li>
 * <li>{@code OR} (upper case only; lower case "or" is a word) between two parts: either. It binds tighter
 *     than AND, as in web search engines: {@code photosynthesis video OR animation} wants photosynthesis and
 *     one of video or animation.</li>
 * <li>{@code NOT part} or {@code -part}: must not match. A query of negations only matches all the rest.</li>
 * <li>{@code "words in quotes"}: a phrase. A quote without its closing one is ignored.</li>
 * <li>{@code (…)} groups; a missing {@code )} is taken to be at the end, a {@code )} too many is ignored.</li>
 * <li>{@code field:part}, with a {@link SearchField} key (case-insensitive): the part is matched in that
 *     field only; {@code title:algebra}, {@code subject:"computer science"}, {@code title:(a OR b)}. Any other
 *     {@code foo:bar} is the two words foo and bar.</li>
 * <li>An operator with nothing to work on ({@code a AND}, {@code OR b}, {@code NOT}) is ignored.</li>
 * </ul>
 *
 * <p>So that no text can make a query too large for an engine, at most {@link #MAX_CLAUSES} words and
 * phrases count (the rest is dropped) and parentheses nest at most {@link #MAX_DEPTH} deep (deeper ones are
 * ignored).
 */
public final class QuerySyntax {

    /** Most words and phrases a query keeps; the planner makes a handful of engine clauses of each. */
    public static final int MAX_CLAUSES = 48;
    /** Deepest nesting of parentheses that counts. */
    public static final int MAX_DEPTH = 10;

    /** The parsed text; empty when it has no words or phrases. */
    public Optional<QueryExpression> parse(String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        return Optional.ofNullable(new Parser(new Lexer(text).tokens()).query());
    }

    private enum Kind { WORD, PHRASE, LEFT, RIGHT, AND, OR, NOT, FIELD, END }

    private record Token(Kind kind, String text, SearchField field) {
        static Token of(Kind kind) {
            return new Token(kind, "", null);
        }
    }

    /** Splits the text into words, phrases, operators, parentheses and field prefixes. */
    private static final class Lexer {
        private final String text;
        private final List<Token> tokens = new ArrayList<>();

        Lexer(String text) {
            this.text = text;
        }

        List<Token> tokens() {
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (isSpace(c)) {
                    i++;
                } else if (c == '(') {
                    tokens.add(Token.of(Kind.LEFT));
                    i++;
                } else if (c == ')') {
                    tokens.add(Token.of(Kind.RIGHT));
                    i++;
                } else if (c == '"') {
                    int close = text.indexOf('"', i + 1);
                    if (close < 0) {
                        i++; // an unbalanced quote is no syntax: what follows is plain words
                    } else {
                        String phrase = text.substring(i + 1, close);
                        if (!phrase.isBlank()) tokens.add(new Token(Kind.PHRASE, phrase, null));
                        i = close + 1;
                    }
                } else {
                    int end = i;
                    while (end < text.length() && !isSpace(text.charAt(end)) && !isSyntax(text.charAt(end))) end++;
                    String word = text.substring(i, end);
                    boolean beforeGroup = end < text.length() && isSyntax(text.charAt(end));
                    switch (word) {
                        case "AND" -> tokens.add(Token.of(Kind.AND));
                        case "OR" -> tokens.add(Token.of(Kind.OR));
                        case "NOT" -> tokens.add(Token.of(Kind.NOT));
                        default -> word(word, beforeGroup);
                    }
                    i = end;
                }
            }
            tokens.add(Token.of(Kind.END));
            return tokens;
        }

        /** A word with what may lead it: minus signs (negation) and a field prefix. */
        private void word(String word, boolean beforeGroup) {
            int start = 0;
            while (start < word.length() && word.charAt(start) == '-') start++;
            if (start > 0) {
                if (start < word.length() || beforeGroup) tokens.add(Token.of(Kind.NOT));
                word = word.substring(start);
            }
            while (!word.isEmpty()) {
                int colon = word.indexOf(':');
                if (colon < 0) {
                    tokens.add(new Token(Kind.WORD, word, null));
                    return;
                }
                if (colon > 0) {
                    String prefix = word.substring(0, colon);
                    Optional<SearchField> field = SearchField.fromKey(prefix.toLowerCase(Locale.ROOT));
                    if (field.isPresent()) {
                        tokens.add(new Token(Kind.FIELD, prefix, field.get()));
                        // title:-word
                        String rest = word.substring(colon + 1);
                        if (rest.startsWith("-")) {
                            word(rest, beforeGroup);
                            return;
                        }
                    } else {
                        tokens.add(new Token(Kind.WORD, prefix, null));
                    }
                }
                word = word.substring(colon + 1);
            }
        }

        private static boolean isSpace(char c) {
            return Character.isWhitespace(c) || Character.isSpaceChar(c);
        }

        private static boolean isSyntax(char c) {
            return c == '(' || c == ')' || c == '"';
        }
    }

    /** Recursive descent over the tokens; each method returns null for "nothing here". */
    private static final class Parser {
        private final List<Token> tokens;
        private int next;
        private int clauses;

        Parser(List<Token> tokens) {
            this.tokens = tokens;
        }

        QueryExpression query() {
            return and(0);
        }

        private QueryExpression and(int depth) {
            List<QueryExpression> parts = new ArrayList<>();
            while (true) {
                Kind kind = peek();
                if (kind == Kind.END) break;
                if (kind == Kind.RIGHT) {
                    if (depth > 0) break;
                    next++; // a ) too many
                    continue;
                }
                if (kind == Kind.AND || kind == Kind.OR) {
                    next++; // nothing before it to combine with
                    continue;
                }
                QueryExpression part = or(depth);
                if (part != null) parts.add(part);
            }
            if (parts.isEmpty()) return null;
            return parts.size() == 1 ? parts.get(0) : new QueryExpression.And(parts);
        }

        private QueryExpression or(int depth) {
            List<QueryExpression> parts = new ArrayList<>();
            QueryExpression first = unary(depth);
            if (first != null) parts.add(first);
            while (peek() == Kind.OR && startsPart(peekAfter())) {
                next++;
                QueryExpression part = unary(depth);
                if (part != null) parts.add(part);
            }
            if (parts.isEmpty()) return null;
            return parts.size() == 1 ? parts.get(0) : new QueryExpression.Or(parts);
        }

        /** NOTs and field prefixes before a part, in any number and order: looped, not recursed. */
        private QueryExpression unary(int depth) {
            boolean negated = false;
            Token field = null;
            while (peek() == Kind.NOT || peek() == Kind.FIELD) {
                Token token = tokens.get(next++);
                if (token.kind() == Kind.NOT) negated = !negated;
                else field = token;
            }
            QueryExpression part = primary(depth);
            if (part == null && field != null) {
                // "title:" with nothing after it: the word it is
                part = leaf(new QueryExpression.Word(field.text()));
                field = null;
            }
            if (part == null) return null;
            if (field != null) part = new QueryExpression.InField(field.field(), part);
            return negated ? new QueryExpression.Not(part) : part;
        }

        private QueryExpression primary(int depth) {
            Token token = tokens.get(next);
            switch (token.kind()) {
                case WORD -> {
                    next++;
                    return leaf(new QueryExpression.Word(token.text()));
                }
                case PHRASE -> {
                    next++;
                    return leaf(new QueryExpression.Phrase(token.text()));
                }
                case LEFT -> {
                    next++;
                    if (depth >= MAX_DEPTH) return null; // too deep: the parenthesis is ignored
                    QueryExpression group = and(depth + 1);
                    if (peek() == Kind.RIGHT) next++;
                    return group;
                }
                default -> {
                    return null;
                }
            }
        }

        private QueryExpression leaf(QueryExpression leaf) {
            if (clauses >= MAX_CLAUSES) return null;
            clauses++;
            return leaf;
        }

        private Kind peek() {
            return tokens.get(next).kind();
        }

        private Kind peekAfter() {
            return next + 1 < tokens.size() ? tokens.get(next + 1).kind() : Kind.END;
        }

        private static boolean startsPart(Kind kind) {
            return kind == Kind.WORD || kind == Kind.PHRASE || kind == Kind.LEFT || kind == Kind.NOT
                    || kind == Kind.FIELD;
        }
    }
}
