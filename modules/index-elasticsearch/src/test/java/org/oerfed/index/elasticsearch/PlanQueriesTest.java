package org.oerfed.index.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.indices.ValidateQueryResponse;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oerfed.index.analysis.Plan;

/**
 * Each plan node becomes, inside Elasticsearch, the Lucene query the plan names: the node asks the node which
 * query it built ({@code _validate/query?explain}) and the answer is compared with the Lucene query built here
 * from the same plan by hand. Same query, same similarity settings: same matches and same order.
 */
class PlanQueriesTest {

    private static TestCluster cluster;
    private static ElasticsearchSearchIndex index;

    @BeforeAll
    static void open() {
        cluster = TestCluster.connect();
        index = new ElasticsearchSearchIndex(cluster.settings(cluster.newName()).build());
    }

    @AfterAll
    static void close() throws IOException {
        if (index != null) index.close();
        if (cluster != null) cluster.close();
    }

    private static String luceneQueryOf(Plan plan) {
        Query query = PlanQueries.of(plan);
        ValidateQueryResponse response = ClusterCall.run("validate", () -> index.client().indices()
                .validateQuery(v -> v.index(index.layout().readAlias()).query(query).explain(true)));
        assertThat(response.valid()).as(String.valueOf(response.explanations())).isTrue();
        return response.explanations().get(0).explanation();
    }

    private static Plan.Term term(String token) {
        return new Plan.Term("stem_title", token);
    }

    private static TermQuery lucene(String token) {
        return new TermQuery(new Term("stem_title", token));
    }

    @Test
    void aTermIsATermQuery() {
        assertThat(luceneQueryOf(term("algebra"))).isEqualTo(lucene("algebra").toString());
    }

    @Test
    void aPhraseIsAPhraseQueryOnTheTokensAsTheyAre() {
        Plan phrase = new Plan.Phrase("stem_title", List.of("linear", "algebra", "über"));

        assertThat(luceneQueryOf(phrase))
                .isEqualTo(new PhraseQuery("stem_title", "linear", "algebra", "über").toString());
    }

    @Test
    void aPrefixIsAPrefixQuery() {
        assertThat(luceneQueryOf(new Plan.Prefix("fold_title", "alg")))
                .isEqualTo(new PrefixQuery(new Term("fold_title", "alg")).toString());
    }

    @Test
    void aBoolIsABooleanQueryWithItsMinimumShouldMatch() {
        Plan bool = new Plan.Bool(List.of(term("a")), List.of(term("b"), term("c")), List.of(term("d")), 0);
        Plan shoulds = new Plan.Bool(List.of(), List.of(term("a"), term("b"), term("c")), List.of(), 2);

        // Elasticsearch adds the prohibited clauses before the optional ones; they do not score, so the sum of
        // the scoring clauses is taken in the same order as in the plan.
        assertThat(luceneQueryOf(bool)).isEqualTo(new BooleanQuery.Builder()
                .add(lucene("a"), Occur.MUST).add(lucene("d"), Occur.MUST_NOT)
                .add(lucene("b"), Occur.SHOULD).add(lucene("c"), Occur.SHOULD).build().toString());
        assertThat(luceneQueryOf(shoulds)).isEqualTo(new BooleanQuery.Builder()
                .add(lucene("a"), Occur.SHOULD).add(lucene("b"), Occur.SHOULD).add(lucene("c"), Occur.SHOULD)
                .setMinimumNumberShouldMatch(2).build().toString());
    }

    @Test
    void allButIsAMatchAllWithoutTheNegatedTerm() {
        Plan allBut = new Plan.Bool(List.of(new Plan.MatchAll()), List.of(), List.of(term("video")), 0);

        assertThat(luceneQueryOf(allBut)).isEqualTo(new BooleanQuery.Builder()
                .add(new MatchAllDocsQuery(), Occur.MUST).add(lucene("video"), Occur.MUST_NOT).build().toString());
    }

    @Test
    void onlyNegationsMatchNothingAsInLucene() {
        Plan negations = new Plan.Bool(List.of(), List.of(), List.of(term("video")), 0);

        assertThat(luceneQueryOf(negations)).startsWith("MatchNoDocsQuery");
        assertThat(luceneQueryOf(new Plan.MatchNone())).startsWith("MatchNoDocsQuery");
    }

    @Test
    void aBoostIsABoostQueryAndNestedBoostsMultiply() {
        Plan bool = new Plan.Bool(List.of(term("a"), term("b")), List.of(), List.of(), 0);
        BooleanQuery luceneBool = new BooleanQuery.Builder()
                .add(lucene("a"), Occur.MUST).add(lucene("b"), Occur.MUST).build();

        assertThat(luceneQueryOf(new Plan.Boost(term("a"), 2f))).isEqualTo(new BoostQuery(lucene("a"), 2f).toString());
        assertThat(luceneQueryOf(new Plan.Boost(bool, 1.5f))).isEqualTo(new BoostQuery(luceneBool, 1.5f).toString());
        assertThat(luceneQueryOf(new Plan.Boost(new Plan.Boost(term("a"), 2f), 3f)))
                .isEqualTo(new BoostQuery(lucene("a"), 6f).toString());
    }

    @Test
    void matchAllIsMatchAllDocs() {
        assertThat(luceneQueryOf(new Plan.MatchAll())).isEqualTo(new MatchAllDocsQuery().toString());
    }
}
