package org.oerfed.index.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.oerfed.core.search.SearchDocument;
import org.oerfed.core.search.SearchHit;
import org.oerfed.core.search.SearchQuery;
import org.oerfed.index.analysis.Plan.Bool;
import org.oerfed.index.analysis.Plan.Boost;
import org.oerfed.index.analysis.Plan.MatchAll;
import org.oerfed.index.analysis.Plan.MatchNone;
import org.oerfed.index.analysis.Plan.Phrase;
import org.oerfed.index.analysis.Plan.Prefix;
import org.oerfed.index.analysis.Plan.Term;

class QueryPlannerTest {

    private final QueryPlanner planner = new QueryPlanner(new TextAnalysis());

    private Plan plan(String text, String language) {
        PlannedQuery planned = planner.plan(SearchQuery.text(text).withLanguage(language));
        assertThat(planned.hasWords()).isTrue();
        return planned.plan();
    }

    /** Every matching clause of a plan, boosts taken off. */
    static List<Plan> leaves(Plan plan) {
        List<Plan> leaves = new ArrayList<>();
        collect(plan, leaves);
        return leaves;
    }

    private static void collect(Plan plan, List<Plan> leaves) {
        if (plan instanceof Bool bool) {
            bool.must().forEach(p -> collect(p, leaves));
            bool.should().forEach(p -> collect(p, leaves));
            bool.mustNot().forEach(p -> collect(p, leaves));
        } else if (plan instanceof Boost boost) {
            collect(boost.plan(), leaves);
        } else {
            leaves.add(plan);
        }
    }

    @Test
    void textWithoutWordsMatchesEverything() {
        for (String text : List.of("", "   ", "!!! ---", "AND OR NOT", "()")) {
            PlannedQuery planned = planner.plan(SearchQuery.text(text));

            assertThat(planned.plan()).as(text).isEqualTo(new MatchAll());
            assertThat(planned.hasWords()).isFalse();
            SearchDocument document = SearchDocument.builder("x").title("en", "Anything").build();
            assertThat(planned.hits().explain(document)).isEqualTo(SearchHit.of(document));
        }
    }

    @Test
    void aWordIsLookedForStemmedAndFoldedInEveryFieldTitleFirst() {
        Plan plan = plan("Learning", "en");

        assertThat(plan).isInstanceOf(Bool.class);
        Bool bool = (Bool) plan;
        assertThat(bool.minimumShouldMatch()).isEqualTo(1);
        assertThat(bool.must()).isEmpty();
        assertThat(bool.should()).hasSize(14).contains(
                new Boost(new Term("stem_title", "learn"), 2.0f),
                new Boost(new Term("fold_title", "learning"), 2.0f),
                new Boost(new Term("stem_subject", "learn"), 1.5f),
                new Boost(new Term("fold_keyword", "learning"), 1.5f),
                new Term("stem_description", "learn"),
                new Term("fold_license", "learning"));
    }

    @Test
    void wordsNextToEachOtherMustAllMatch() {
        Bool plan = (Bool) plan("geometry triangles", "en");

        assertThat(plan.must()).hasSize(2);
        assertThat(leaves(plan.must().get(1))).contains(new Term("stem_title", "triangl"), new Term("fold_title", "triangles"));
        assertThat(plan.should()).isEmpty();
        assertThat(plan.mustNot()).isEmpty();
    }

    @Test
    void theUsersLanguageDecidesTheStems() {
        assertThat(leaves(plan("mathématiques", "fr"))).contains(new Term("stem_subject", "mathemat"),
                new Term("fold_subject", "mathematiques"));
        assertThat(leaves(plan("mathématiques", ""))).contains(new Term("stem_subject", "mathematiques"));
        assertThat(leaves(plan("الرياضيات", "ar"))).contains(new Term("stem_subject", "رياض"),
                new Term("fold_subject", "الرياضيات"));
    }

    @Test
    void stopWordsOfTheUsersLanguageAreLeftOut() {
        assertThat(plan("the water", "en")).isEqualTo(plan("water", "en"));
        assertThat(plan("les élèves", "fr")).isEqualTo(plan("élèves", "fr"));
    }

    @Test
    void aQueryOfStopWordsOnlyIsMatchedInTheNeutralFields() {
        List<Plan> leaves = leaves(plan("to be or not to be", "en"));

        assertThat(leaves).contains(new Term("fold_title", "to"), new Term("fold_title", "not"));
        assertThat(leaves).allSatisfy(leaf -> assertThat(((Term) leaf).field()).startsWith("fold_"));
    }

    @Test
    void aPhraseKeepsItsStopWordsInTheNeutralFields() {
        List<Plan> leaves = leaves(plan("\"Bank of England\"", "en"));

        assertThat(leaves).contains(new Phrase("stem_title", List.of("bank", "england")),
                new Phrase("fold_title", List.of("bank", "of", "england")));
    }

    @Test
    void aWordTheAnalysisSplitsIsAPhrase() {
        assertThat(leaves(plan("e-learning", "en"))).contains(new Phrase("stem_title", List.of("e", "learn")),
                new Phrase("fold_title", List.of("e", "learning")));
    }

    @Test
    void chineseWordsAreBigramPhrasesStemmedAndCharacterPhrasesFolded() {
        assertThat(leaves(plan("水循环", "zh"))).contains(new Phrase("stem_title", List.of("水循", "循环")),
                new Phrase("fold_title", List.of("水", "循", "环")));
        assertThat(leaves(plan("光合作用", "zh"))).contains(new Phrase("stem_description", List.of("光合", "合作", "作用")),
                new Phrase("fold_description", List.of("光", "合", "作", "用")));
        assertThat(leaves(plan("光合作用", "en"))).as("whatever the user's language")
                .contains(new Phrase("fold_description", List.of("光", "合", "作", "用")));
    }

    @Test
    void aSingleHanCharacterIsATerm() {
        assertThat(leaves(plan("水", "zh"))).contains(new Term("stem_title", "水"), new Term("fold_title", "水"));
    }

    @Test
    void aFieldPrefixLimitsTheWordToThatField() {
        assertThat(leaves(plan("title:algebra", "en")))
                .containsExactlyInAnyOrder(new Term("stem_title", "algebra"), new Term("fold_title", "algebra"));
        assertThat(plan("subject:\"computer science\"", "en")).isEqualTo(new Bool(List.of(), List.of(
                new Boost(new Phrase("stem_subject", List.of("comput", "scienc")), 1.5f),
                new Boost(new Phrase("fold_subject", List.of("computer", "science")), 1.5f)), List.of(), 1));
    }

    @Test
    void negationsAreMustNots() {
        Bool plan = (Bool) plan("algebra -linear", "en");

        assertThat(plan.must()).hasSize(1);
        assertThat(plan.mustNot()).hasSize(1);
        assertThat(leaves(plan.mustNot().get(0))).contains(new Term("fold_title", "linear"));
    }

    @Test
    void negationsAloneMatchAllTheRest() {
        Bool plan = (Bool) plan("-video NOT audio", "en");

        assertThat(plan.must()).containsExactly(new MatchAll());
        assertThat(plan.mustNot()).hasSize(2);
    }

    @Test
    void orIsAShouldOfOne() {
        Bool plan = (Bool) plan("video OR animation", "en");

        assertThat(plan.minimumShouldMatch()).isEqualTo(1);
        assertThat(plan.should()).hasSize(2);
        assertThat(plan.must()).isEmpty();
    }

    @Test
    void aNegationInsideOrMeansAllButIt() {
        Bool plan = (Bool) plan("video OR -audio", "en");

        assertThat(plan.should()).hasSize(2);
        Bool allBut = (Bool) plan.should().get(1);
        assertThat(allBut.must()).containsExactly(new MatchAll());
        assertThat(allBut.mustNot()).hasSize(1);
    }

    @Test
    void noTextMakesMoreClausesThanEnginesAllow() {
        Random random = new Random(7);
        String alphabet = "ab水循 -\"():ÉAND OR NOT title:subject:";
        for (int i = 0; i < 500; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(SearchQuery.MAX_TEXT_LENGTH + 100);
            for (int c = 0; c < length; c++) {
                text.append(random.nextInt(10) == 0 ? (char) random.nextInt(Character.MAX_VALUE + 1)
                        : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            PlannedQuery planned = planner.plan(SearchQuery.text(text.toString()).withLanguage(i % 2 == 0 ? "en" : "zh"));

            assertThat(leaves(planned.plan()).size()).isLessThanOrEqualTo(1024);
            planned.hits().explain(SearchDocument.builder("x").title("en", text.toString()).build());
        }
    }

    @Test
    void suggestionsCompleteTheLastWordOfTheTitle() {
        assertThat(planner.suggestions("Géo", "fr")).isEqualTo(new Prefix("fold_title", "geo"));
        assertThat(planner.suggestions("linear alg", "en")).isEqualTo(new Bool(
                List.of(new Term("fold_title", "linear"), new Prefix("fold_title", "alg")), List.of(), List.of(), 0));
        assertThat(planner.suggestions("linear ", "en")).isEqualTo(new Term("fold_title", "linear"));
        assertThat(planner.suggestions("the wat", "en")).as("stop words count: the title has them")
                .isEqualTo(new Bool(List.of(new Term("fold_title", "the"), new Prefix("fold_title", "wat")), List.of(), List.of(), 0));
    }

    @Test
    void nothingToSuggestForABlankPrefix() {
        assertThat(planner.suggestions("", "en")).isEqualTo(new MatchNone());
        assertThat(planner.suggestions("  ", "en")).isEqualTo(new MatchNone());
        assertThat(planner.suggestions("?!", "en")).isEqualTo(new MatchNone());
        assertThat(planner.suggestions(null, "en")).isEqualTo(new MatchNone());
    }

    @Test
    void suggestionsAreBounded() {
        Plan plan = planner.suggestions("word ".repeat(200) + "wor", "en");

        assertThat(leaves(plan)).hasSize(QueryPlanner.MAX_SUGGESTION_WORDS + 1);
    }
}
