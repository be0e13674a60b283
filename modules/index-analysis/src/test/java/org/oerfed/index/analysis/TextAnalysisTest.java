package org.oerfed.index.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextAnalysisTest {

    private final TextAnalysis analysis = new TextAnalysis();

    /** Per language: an inflected text and its stop word, and a differently inflected form that must meet it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The students are learning            | the | student learns
            fr | Les élèves étudient les mathématiques | les | élève mathématique
            es | Los estudiantes y las matemáticas     | los | estudiante matemática
            pt | Os professores e as escolas           | os  | professor escola
            de | Die Schüler und die Schulen           | die | Schueler Schule
            it | Gli studenti e le scuole              | gli | studente scuola
            nl | De leerlingen en de scholen           | de  | leerling school
            ar | الطلاب في المدرسة                      | في  | طلاب مدرسة
            ru | Ученики и школы                       | и   | ученик школа
            hi | छात्रों के लिए गणित                       | के  | छात्र गणित
            sw | Wanafunzi na walimu wa shule          | na  | wanafunzi walimu shule
            """)
    void eachLanguageStemsAndDropsItsStopWords(String language, String text, String stopWord, String otherForms) {
        List<String> tokens = analysis.stemmed(text, language);

        assertThat(tokens).doesNotContain(stopWord).isNotEmpty();
        assertThat(analysis.stemmed(stopWord, language)).isEmpty();
        assertThat(tokens).containsAll(analysis.stemmed(otherForms, language));
    }

    @Test
    void stemmingReallyStems() {
        assertThat(analysis.stemmed("running children's books", "en")).containsExactly("run", "children", "book");
        assertThat(analysis.stemmed("mathématiques", "fr")).containsExactly("mathemat");
        assertThat(analysis.stemmed("Математика", "ru")).containsExactly("математик");
    }

    @Test
    void chineseIsCutIntoBigrams() {
        assertThat(analysis.stemmed("水循环", "zh")).containsExactly("水循", "循环");
        assertThat(analysis.stemmed("光合作用", "zh-Hans-CN")).containsExactly("光合", "合作", "作用");
        assertThat(analysis.stemmed("水", "zh")).containsExactly("水");
        assertThat(analysis.stemmed("The 水循环", "zh")).as("English stop words too").containsExactly("水循", "循环");
    }

    @Test
    void japaneseAndKoreanAreCutIntoBigrams() {
        assertThat(analysis.stemmed("カタカナ", "ja")).containsExactly("カタ", "タカ", "カナ");
        assertThat(analysis.stemmed("한국어", "ko")).containsExactly("한국", "국어");
    }

    @Test
    void languageTagsMatchOnTheirPrimarySubtagInAnyCase() {
        assertThat(analysis.analysedLanguage("pt-BR")).isEqualTo("pt");
        assertThat(analysis.analysedLanguage("EN-gb")).isEqualTo("en");
        assertThat(analysis.analysedLanguage("zh_Hant")).isEqualTo("zh");
        assertThat(analysis.analysedLanguage("fra")).isEqualTo("fr");
        assertThat(analysis.analysedLanguage("tr")).isEmpty();
        assertThat(analysis.analysedLanguage("")).isEmpty();
        assertThat(analysis.analysedLanguage(null)).isEmpty();
        assertThat(analysis.languages()).containsExactlyInAnyOrder(
                "en", "fr", "es", "pt", "de", "it", "nl", "ar", "ru", "zh", "ja", "ko", "hi", "sw");
    }

    @Test
    void brazilianAndEuropeanPortugueseStemAlike() {
        assertThat(analysis.stemmed("educação matemática", "pt-BR"))
                .isEqualTo(analysis.stemmed("educação matemática", "pt-PT"))
                .isEqualTo(analysis.stemmed("educação matemática", "pt"));
    }

    @Test
    void unknownLanguagesGetTheNeutralAnalysis() {
        assertThat(analysis.stemmed("Öğrenciler için Matematik", "tr"))
                .isEqualTo(analysis.folded("Öğrenciler için Matematik"))
                .containsExactly("ogrenciler", "icin", "matematik");
        assertThat(analysis.stemmed("The Students", "")).containsExactly("the", "students");
    }

    @Test
    void neutralAnalysisFoldsDiacriticsAndCaseButKeepsEveryWord() {
        assertThat(analysis.folded("Géométrie de l'ÉCOLE")).containsExactly("geometrie", "de", "l'ecole");
        assertThat(analysis.folded("geometrie")).isEqualTo(analysis.folded("GÉOMÉTRIE"));
        assertThat(analysis.folded("Straße ＡＢＣ ᴀʙᴄ")).containsExactly("strasse", "abc", "abc");
        assertThat(analysis.folded("الرِّيَاضِيَّات")).as("Arabic vowel marks").isEqualTo(analysis.folded("الرياضيات"));
        assertThat(analysis.folded("٣٤")).containsExactly("34");
    }

    @Test
    void languageAnalysesFoldDiacriticsToo() {
        assertThat(analysis.stemmed("géométrie", "fr")).isEqualTo(analysis.stemmed("geometrie", "fr"));
        assertThat(analysis.stemmed("café", "en")).containsExactly("cafe");
        assertThat(analysis.stemmed("niños", "es")).isEqualTo(analysis.stemmed("ninos", "es"));
    }

    @Test
    void neutralAnalysisKeepsHanAsSingleCharacters() {
        // so that a one-character query finds every word of which it is part
        assertThat(analysis.folded("水循环")).containsExactly("水", "循", "环");
        assertThat(analysis.folded("水")).containsExactly("水");
    }

    @Test
    void tokensCarryTheirOffsets() {
        assertThat(analysis.stemmedTokens("Les Élèves", "fr")).containsExactly(new AnalysedToken("elev", 4, 10));
        assertThat(analysis.foldedTokens("a 水循")).containsExactly(
                new AnalysedToken("a", 0, 1), new AnalysedToken("水", 2, 3), new AnalysedToken("循", 3, 4));
    }

    @Test
    void noTokenIsLongerThanTheEnginesAllowNorHoldsWhitespace() {
        String huge = "x".repeat(10_000) + " ok " + "ß".repeat(250);
        for (String language : List.of("", "en", "de", "sw", "zh")) {
            List<String> tokens = analysis.stemmed(huge, language);
            assertThat(tokens).as(language).contains("ok");
            assertThat(tokens).allSatisfy(token -> {
                assertThat(token.length()).isBetween(1, TextAnalysis.MAX_TOKEN_LENGTH);
                assertThat(token).doesNotContainAnyWhitespaces();
            });
        }
    }

    @Test
    void emptyAndPunctuationGiveNoTokens() {
        assertThat(analysis.folded("")).isEmpty();
        assertThat(analysis.folded(" -- !? ")).isEmpty();
        assertThat(analysis.stemmed(" ", "fr")).isEmpty();
    }

    @Test
    void analysersAreSafeToShareBetweenThreads() throws Exception {
        List<String> expected = analysis.stemmed("Les élèves étudient les mathématiques", "fr");
        List<Thread> threads = new java.util.ArrayList<>();
        java.util.concurrent.ConcurrentLinkedQueue<List<String>> results = new java.util.concurrent.ConcurrentLinkedQueue<>();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 200; i++) results.add(analysis.stemmed("Les élèves étudient les mathématiques", "fr"));
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) thread.join();
        assertThat(results).hasSize(800).allSatisfy(tokens -> assertThat(tokens).isEqualTo(expected));
    }
}
