package org.oerfed.index.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.oerfed.core.search.SearchField;
import org.oerfed.index.analysis.QueryExpression.And;
import org.oerfed.index.analysis.QueryExpression.InField;
import org.oerfed.index.analysis.QueryExpression.Not;
import org.oerfed.index.analysis.QueryExpression.Or;
import org.oerfed.index.analysis.QueryExpression.Phrase;
import org.oerfed.index.analysis.QueryExpression.Word;

class QuerySyntaxTest {

    private final QuerySyntax syntax = new QuerySyntax();

    private QueryExpression parse(String text) {
        return syntax.parse(text).orElseThrow();
    }

    private static Word w(String text) {
        return new Word(text);
    }

    private static And and(QueryExpression... parts) {
        return new And(List.of(parts));
    }

    private static Or or(QueryExpression... parts) {
        return new Or(List.of(parts));
    }

    @Test
    void wordsNextToEachOtherAllMatch() {
        assertThat(parse("linear algebra")).isEqualTo(and(w("linear"), w("algebra")));
        assertThat(parse("linear AND algebra")).isEqualTo(and(w("linear"), w("algebra")));
        assertThat(parse("algebra")).isEqualTo(w("algebra"));
    }

    @Test
    void orBindsTighterThanAnd() {
        assertThat(parse("photosynthesis video OR animation"))
                .isEqualTo(and(w("photosynthesis"), or(w("video"), w("animation"))));
        assertThat(parse("a OR b OR c")).isEqualTo(or(w("a"), w("b"), w("c")));
    }

    @Test
    void operatorsAreUpperCaseOnly() {
        assertThat(parse("rock and roll or not")).isEqualTo(and(w("rock"), w("and"), w("roll"), w("or"), w("not")));
    }

    @Test
    void negation() {
        assertThat(parse("algebra -linear")).isEqualTo(and(w("algebra"), new Not(w("linear"))));
        assertThat(parse("algebra NOT linear")).isEqualTo(and(w("algebra"), new Not(w("linear"))));
        assertThat(parse("-video")).isEqualTo(new Not(w("video")));
        assertThat(parse("NOT NOT video")).isEqualTo(w("video"));
        assertThat(parse("-(a b)")).isEqualTo(new Not(and(w("a"), w("b"))));
        assertThat(parse("-\"a b\"")).isEqualTo(new Not(new Phrase("a b")));
        assertThat(parse("e-learning")).as("a hyphen inside a word").isEqualTo(w("e-learning"));
    }

    @Test
    void phrasesAndGroups() {
        assertThat(parse("\"linear algebra\" (matrix OR vector)"))
                .isEqualTo(and(new Phrase("linear algebra"), or(w("matrix"), w("vector"))));
    }

    @Test
    void fieldPrefixes() {
        assertThat(parse("title:algebra")).isEqualTo(new InField(SearchField.TITLE, w("algebra")));
        assertThat(parse("Subject:\"computer science\""))
                .isEqualTo(new InField(SearchField.SUBJECT, new Phrase("computer science")));
        assertThat(parse("title:(a OR b)")).isEqualTo(new InField(SearchField.TITLE, or(w("a"), w("b"))));
        assertThat(parse("-title:video")).isEqualTo(new Not(new InField(SearchField.TITLE, w("video"))));
        assertThat(parse("title:-video")).isEqualTo(new Not(new InField(SearchField.TITLE, w("video"))));
        assertThat(parse("license:cc")).isEqualTo(new InField(SearchField.LICENSE, w("cc")));
    }

    @Test
    void whatDoesNotParseIsReadAsPlainWords() {
        assertThat(parse("foo:bar")).isEqualTo(and(w("foo"), w("bar")));
        assertThat(parse("\"linear algebra")).isEqualTo(and(w("linear"), w("algebra")));
        assertThat(parse("a \"b c\" \"d")).isEqualTo(and(w("a"), new Phrase("b c"), w("d")));
        assertThat(parse("((a b")).isEqualTo(and(w("a"), w("b")));
        assertThat(parse("a) b)")).isEqualTo(and(w("a"), w("b")));
        assertThat(parse("a AND")).isEqualTo(w("a"));
        assertThat(parse("OR b")).isEqualTo(w("b"));
        assertThat(parse("a OR OR b")).isEqualTo(and(w("a"), w("b")));
        assertThat(parse("a NOT")).isEqualTo(w("a"));
        assertThat(parse("title:")).isEqualTo(w("title"));
        assertThat(parse("title: algebra")).isEqualTo(new InField(SearchField.TITLE, w("algebra")));
        assertThat(parse("http://example.org/x")).isEqualTo(and(w("http"), w("//example.org/x")));
    }

    @Test
    void nothingToMatch() {
        assertThat(syntax.parse("")).isEmpty();
        assertThat(syntax.parse("   ")).isEmpty();
        assertThat(syntax.parse("AND OR NOT ( ) \"\"")).isEmpty();
        assertThat(syntax.parse(null)).isEmpty();
    }

    @Test
    void nestingIsBounded() {
        String deep = "(".repeat(100) + "a" + ")".repeat(100) + " b";

        QueryExpression parsed = parse(deep);

        assertThat(depth(parsed)).isLessThanOrEqualTo(QuerySyntax.MAX_DEPTH + 2);
        assertThat(leaves(parsed)).isEqualTo(2);
    }

    @Test
    void clausesAreBounded() {
        String many = "w ".repeat(500) + "\"p q\" ".repeat(100);

        assertThat(leaves(parse(many))).isEqualTo(QuerySyntax.MAX_CLAUSES);
    }

    @Test
    void longNegationChainsDoNotRecurse() {
        assertThat(parse("NOT ".repeat(50_001) + "x")).isEqualTo(new Not(w("x")));
        assertThat(parse("-".repeat(10_000) + "x")).isEqualTo(new Not(w("x")));
    }

    /** Random text of every kind of character never makes the parser fail or exceed its bounds. */
    @Test
    void randomTextNeverFails() {
        Random random = new Random(20240501L);
        String syntaxChars = "()\"-:ANDORT \t\n\u00a0";
        for (int i = 0; i < 10_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(i % 100 == 0 ? 3_000 : 80);
            for (int c = 0; c < length; c++) {
                switch (random.nextInt(6)) {
                    case 0 -> text.append(syntaxChars.charAt(random.nextInt(syntaxChars.length())));
                    case 1 -> text.append(List.of("AND ", "OR ", "NOT ", "title:", "subject:", "foo:", "(", ")")
                            .get(random.nextInt(8)));
                    case 2 -> text.append((char) random.nextInt(0x20)); // control characters
                    case 3 -> text.append((char) (0xD800 + random.nextInt(0x800))); // lone surrogates
                    case 4 -> text.append((char) random.nextInt(Character.MAX_VALUE + 1));
                    default -> text.append((char) ('a' + random.nextInt(26)));
                }
            }
            Optional<QueryExpression> parsed = syntax.parse(text.toString());
            parsed.ifPresent(expression -> {
                assertThat(leaves(expression)).isBetween(1, QuerySyntax.MAX_CLAUSES);
                assertThat(depth(expression)).isLessThanOrEqualTo(3 * (QuerySyntax.MAX_DEPTH + 2));
            });
        }
    }

    static int leaves(QueryExpression expression) {
        if (expression instanceof And and) return and.parts().stream().mapToInt(QuerySyntaxTest::leaves).sum();
        if (expression instanceof Or or) return or.parts().stream().mapToInt(QuerySyntaxTest::leaves).sum();
        if (expression instanceof Not not) return leaves(not.part());
        if (expression instanceof InField in) return leaves(in.part());
        return 1;
    }

    static int depth(QueryExpression expression) {
        if (expression instanceof And and) return 1 + and.parts().stream().mapToInt(QuerySyntaxTest::depth).max().orElse(0);
        if (expression instanceof Or or) return 1 + or.parts().stream().mapToInt(QuerySyntaxTest::depth).max().orElse(0);
        if (expression instanceof Not not) return 1 + depth(not.part());
        if (expression instanceof InField in) return 1 + depth(in.part());
        return 1;
    }
}
