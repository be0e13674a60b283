package org.oerfed.index.tck;

import static org.oerfed.index.tck.Licenses.ALL_RIGHTS_RESERVED;
import static org.oerfed.index.tck.Licenses.BY;
import static org.oerfed.index.tck.Licenses.BY_NC;
import static org.oerfed.index.tck.Licenses.BY_NC_SA;
import static org.oerfed.index.tck.Licenses.BY_SA;
import static org.oerfed.index.tck.Licenses.CC0;
import static org.oerfed.index.tck.Licenses.UNKNOWN;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.oerfed.core.search.Facet;
import org.oerfed.core.search.SearchDocument;
import org.oerfed.core.search.SearchField;

/**
 * Forty resources in ten languages (en, fr, es, de, pt, ar, ru, zh, hi, sw) and five scripts, from seven
 * sources in seven countries, that the contract's expectations are worked out from by hand. All text is
 * written for this fixture.
 *
 * <p>How each document is built, as the graph's projection would build it:
 * <ul>
 *   <li>the title and description are searchable texts in the document's first language; keywords are
 *       {@link SearchField#KEYWORD} texts, one per keyword;
 *   <li>{@code about(code)} gives the ISCED-F field and its ancestors as {@link Facet#SUBJECT} values
 *       ({@code 0541} → {@code 05}, {@code 054}, {@code 0541}) and the field's labels
 *       ({@link SubjectLabels}, eight languages) as {@link SearchField#SUBJECT} texts — the labels of the
 *       detailed field only, not of its ancestors;
 *   <li>the source gives {@link Facet#SOURCE} and its country {@link Facet#COUNTRY}; a resource merged from two
 *       sources has both, and both countries;
 *   <li>the licence gives {@link Facet#LICENSE} and {@link Facet#OPEN_LICENSE} ({@code true} for the Creative
 *       Commons licences, {@code false} for "all rights reserved", neither when unknown).
 * </ul>
 *
 * <p>Ids are zero-padded, so id order is the order below. Changing a document means re-deriving the expected
 * ids and counts in {@link SearchIndexContract}; each test's Javadoc says how they follow from this list.
 */
public final class OerFixture {

    public static final String US = "us-portal";
    public static final String FR = "fr-portal";
    public static final String ES = "es-portal";
    public static final String DE = "de-portal";
    public static final String BR = "br-portal";
    public static final String KE = "ke-portal";
    public static final String WORLD = "world-library";

    private static final Map<String, String> COUNTRIES = Map.of(
            US, "US", FR, "FR", ES, "ES", DE, "DE", BR, "BR", KE, "KE", WORLD, "CH");

    private static final List<SearchDocument> DOCUMENTS = Stream.of(
            // ---- mathematics (0541) in nine languages, statistics (0542)
            doc("oer-01", "en", "Introduction to Algebra", "Linear equations and inequalities for beginners.")
                    .about("0541").level("2").type("text").format("application/pdf")
                    .license(BY).from(US).year("2021").modified("2024-01-15T10:00:00Z"),
            doc("oer-02", "fr", "Introduction à la géométrie", "Les triangles, les cercles et les angles pour débutants.")
                    .about("0541").level("2").type("text").format("text/html")
                    .license(BY).from(FR).year("2020").modified("2023-05-02T08:00:00Z"),
            doc("oer-03", "es", "Introducción al álgebra", "Ecuaciones lineales para principiantes.")
                    .about("0541").level("2").type("drill-and-practice").format("application/pdf")
                    .license(BY_SA).from(ES).year("2022").modified("2024-02-01T12:00:00Z"),
            doc("oer-04", "de", "Einführung in die Algebra", "Lineare Gleichungen für Anfänger.")
                    .about("0541").level("2").type("text").format("text/html")
                    .license(BY_SA).from(DE).year("2019").modified("2022-09-01T00:00:00Z"),
            doc("oer-05", "ar", "مقدمة في الجبر", "المعادلات الخطية للمبتدئين")
                    .about("0541").level("2").type("text").format("application/pdf")
                    .license(BY).from(WORLD).year("2021"),
            doc("oer-06", "ru", "Введение в алгебру", "Линейные уравнения для начинающих.")
                    .about("0541").level("2").type("text").format("application/pdf")
                    .license(CC0).from(WORLD).year("2020").modified("2021-03-03T00:00:00Z"),
            doc("oer-07", "zh", "代数入门", "一次方程的基础知识")
                    .about("0541").level("2").type("video").format("video/mp4").access("captions")
                    .license(BY).from(WORLD).year("2023").modified("2024-03-10T00:00:00Z"),
            doc("oer-08", "pt", "Frações para crianças", "Números decimais e frações com exemplos.")
                    .about("0541").level("1").type("text").format("text/html")
                    .license(BY_NC).from(BR).year("2022").modified("2022-11-11T00:00:00Z"),
            doc("oer-09", "hi", "बीजगणित का परिचय", "शुरुआती लोगों के लिए रैखिक समीकरण")
                    .about("0541").level("2").type("text").format("application/pdf")
                    .license(CC0).from(WORLD).year("2023").modified("2023-12-01T00:00:00Z"),
            doc("oer-10", "sw", "Hisabati ya msingi", "Kujumlisha na kutoa kwa watoto.")
                    .about("0541").level("1").type("drill-and-practice").format("text/html")
                    .license(BY).from(KE).year("2022").modified("2023-11-20T00:00:00Z"),
            doc("oer-11", "fr", "Statistique descriptive", "Moyenne, médiane et écart type.")
                    .about("0542").level("3").type("text").format("application/pdf")
                    .license(BY_NC).from(FR).year("2018").modified("2019-06-01T00:00:00Z"),
            doc("oer-12", "en", "Algebra Practice Problems", "More than 200 exercises on linear equations.")
                    .about("0541").level("3").type("drill-and-practice").format("application/pdf")
                    .license(UNKNOWN).from(US).year("2017"),
            // ---- biology (0511)
            doc("oer-13", "en", "Photosynthesis Explained", "How plants turn sunlight into chemical energy.")
                    .keywords("chlorophyll")
                    .about("0511").level("2").type("video").format("video/mp4").access("captions", "transcript")
                    .license(BY_SA).from(US).year("2022").modified("2024-02-20T00:00:00Z"),
            doc("oer-14", "fr", "La photosynthèse des plantes", "Comment les plantes transforment la lumière en énergie.")
                    .about("0511").level("2").type("text").format("text/html")
                    .license(BY_SA).from(FR).year("2021").modified("2022-04-04T00:00:00Z"),
            doc("oer-15", "zh", "光合作用", "植物如何利用阳光制造养分")
                    .about("0511").level("2").type("image").format("image/png").access("alternativeText")
                    .license(BY_NC).from(WORLD).year("2019").modified("2020-01-01T00:00:00Z"),
            doc("oer-16", "en", "Plant Cells Under the Microscope", "Looking at leaves: a practical lab activity.")
                    .keywords("microscopy")
                    .about("0511").level("3").type("image").format("image/png").access("alternativeText")
                    .license(CC0).from(US).year("2023").modified("2023-10-10T00:00:00Z"),
            // ---- the water cycle (0532) in eight languages
            doc("oer-17", "es", "El ciclo del agua", "Evaporación, condensación y precipitación.")
                    .about("0532").level("1").type("text").format("text/html")
                    .license(CC0).from(ES).year("2020").modified("2021-01-05T00:00:00Z"),
            doc("oer-18", "de", "Der Wasserkreislauf", "Verdunstung, Kondensation und Niederschlag.")
                    .about("0532").level("1").type("video").format("video/mp4").access("captions")
                    .license(BY_SA).from(DE).year("2021").modified("2022-02-02T00:00:00Z"),
            doc("oer-19", "ru", "Круговорот воды в природе", "Испарение, конденсация и осадки.")
                    .about("0532").level("1").type("text").format("application/pdf")
                    .license(CC0).from(WORLD).year("2018"),
            doc("oer-20", "zh", "水循环", "蒸发、凝结和降水")
                    .about("0532").level("1").type("image").format("image/png").access("alternativeText")
                    .license(CC0).from(WORLD).year("2022").modified("2023-03-03T00:00:00Z"),
            doc("oer-21", "ar", "دورة الماء في الطبيعة", "التبخر والتكثف والهطول")
                    .about("0532").level("1").type("text").format("application/pdf")
                    .license(BY_SA).from(WORLD).year("2021"),
            doc("oer-22", "sw", "Mzunguko wa maji", "Uvukizi, mawingu na mvua.")
                    .about("0532").level("1").type("text").format("text/html")
                    .license(BY).from(KE).year("2023").modified("2024-01-15T10:00:00Z"),
            doc("oer-23", "en", "Water Cycle Poster", "The water cycle explained in English and Spanish: el ciclo del agua.")
                    .languages("es")
                    .about("0532").level("1").type("image").format("image/png")
                    .license(CC0).from(US, ES).year("2020").modified("2021-07-07T00:00:00Z"),
            // ---- chemistry, history, programming, sports, music, languages, physics
            doc("oer-24", "en", "Multilingual Chemistry Lab Safety", "Safety rules in English, Deutsch, Русский and 中文.")
                    .languages("de", "ru", "zh")
                    .about("0531").level("3").type("text").format("application/pdf")
                    .license(BY_NC).from(DE).year("2019").modified("2020-05-05T00:00:00Z"),
            doc("oer-25", "en", "World War II Timeline", "Key events of the war in Europe and the Pacific, 1939 to 1945.")
                    .about("0222").level("3").type("text").format("text/html")
                    .license(BY_NC).from(US).year("2016").modified("2018-11-11T00:00:00Z"),
            doc("oer-26", "fr", "Histoire de la Révolution française", "Chronologie de 1789 à 1799.")
                    .about("0222").level("3").type("text").format("text/html")
                    .license(BY_NC_SA).from(FR).year("2017"),
            doc("oer-27", "de", "Geschichte Europas im 20. Jahrhundert", "Von 1914 bis 1989.")
                    .about("0222").level("3").type("video").format("video/mp4").access("captions")
                    .license(ALL_RIGHTS_RESERVED).from(DE).year("2015").modified("2016-06-06T00:00:00Z"),
            doc("oer-28", "en", "Python Programming for Data Science", "Variables, loops, functions and data frames.")
                    .keywords("pandas", "jupyter")
                    .about("0613").level("6").type("text").format("text/html")
                    .license(BY).from(US).year("2024").modified("2024-04-01T00:00:00Z"),
            doc("oer-29", "ru", "Основы программирования", "Переменные, циклы и функции на Python.")
                    .about("0613").level("3").type("text").format("application/pdf")
                    .license(CC0).from(WORLD).year("2020").modified("2020-12-12T00:00:00Z"),
            doc("oer-30", "pt", "Introdução à programação", "Algoritmos e lógica para iniciantes.")
                    .about("0613").level("3").type("video").format("video/mp4").access("captions")
                    .license(BY_SA).from(BR).year("2023").modified("2023-08-08T00:00:00Z"),
            doc("oer-31", "en", "Running and Jumping: Athletics for Children", "Games that get the whole class moving.")
                    .keywords("drinking water", "cycle race")
                    .about("1014").level("1").type("text").format("application/pdf")
                    .license(BY).from(US).year("2022").modified("2022-06-30T00:00:00Z"),
            doc("oer-32", "en", "Fun Run Training Plan", "A six-week plan for a first 5 km race.")
                    .about("1014").level("3").type("text").format("text/html")
                    .license(ALL_RIGHTS_RESERVED).from(US).year("2021"),
            doc("oer-33", "en", "Music Theory Basics", "")
                    .about("0215").level("2").type("audio").format("audio/mpeg").access("transcript")
                    .license(BY_NC_SA).from(US).year("2018"),
            doc("oer-34", "en", "Bilingual Algebra Workbook", "Exercises in English and French. Exercices en anglais et en français.")
                    .languages("fr")
                    .about("0541").level("2").type("drill-and-practice").format("application/pdf")
                    .license(BY).from(US, FR).year("2022").modified("2023-09-09T00:00:00Z"),
            doc("oer-35", "hi", "हिंदी वर्णमाला की पुस्तकें", "बच्चों के लिए अक्षर और शब्द")
                    .about("0231").level("1").type("text").format("application/pdf")
                    .license(CC0).from(WORLD).year("2021").modified("2021-09-09T00:00:00Z"),
            doc("oer-36", "es", "Astronomía para todos", "Planetas, estrellas y galaxias.")
                    .about("0533").level("2").type("video").format("video/mp4")
                    .license(BY_SA).from(ES).year("2019").modified("2019-12-24T00:00:00Z"),
            doc("oer-37", "ar", "Arabic–English Science Glossary", "Photosynthesis, evaporation and energy. التمثيل الضوئي")
                    .languages("en")
                    .about("0511").level("3").type("text").format("text/html")
                    .license(BY_SA).from(WORLD).year("2020").modified("2020-10-10T00:00:00Z"),
            doc("oer-38", "en", "Cats and Dogs: A Pet Care Guide", "Feeding, grooming and walking your pets.")
                    .type("text").format("text/html")
                    .license(UNKNOWN).from(US),
            doc("oer-39", "de", "Brüche verstehen", "Übungen zur Bruchrechnung mit Lösungen.")
                    .about("0541").level("1").type("drill-and-practice").format("application/pdf")
                    .license(CC0).from(DE).year("2024").modified("2024-05-05T00:00:00Z"),
            doc("oer-40", "fr", "Le cycle de l'eau", "L'évaporation et la pluie expliquées aux enfants.")
                    .about("0532").level("1").type("video").format("video/mp4").access("captions")
                    .license(BY).from(FR).year("2024").modified("2024-05-05T00:00:00Z"))
            .map(Resource::build)
            .toList();

    private OerFixture() {
    }

    /** All forty documents, in id order. */
    public static List<SearchDocument> documents() {
        return DOCUMENTS;
    }

    /** The fixture document with this id. */
    public static SearchDocument document(String id) {
        return DOCUMENTS.stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no fixture document " + id));
    }

    /** The fixture documents with these ids, in id order. */
    public static List<SearchDocument> documents(String... ids) {
        List<String> wanted = List.of(ids);
        return DOCUMENTS.stream().filter(d -> wanted.contains(d.id())).toList();
    }

    private static Resource doc(String id, String language, String title, String description) {
        return new Resource(id, language, title, description);
    }

    /** One fixture resource, built as the projection builds a document. */
    private static final class Resource {
        private final SearchDocument.Builder builder;
        private final String language;

        Resource(String id, String language, String title, String description) {
            this.language = language;
            this.builder = SearchDocument.builder(id)
                    .title(language, title)
                    .description(language, description)
                    .url("https://oer.example.org/" + id)
                    .facet(Facet.LANGUAGE, language);
        }

        /** Further languages the resource is in. */
        Resource languages(String... languages) {
            builder.facet(Facet.LANGUAGE, languages);
            return this;
        }

        Resource keywords(String... keywords) {
            for (String keyword : keywords) builder.text(SearchField.KEYWORD, language, keyword);
            return this;
        }

        Resource about(String code) {
            builder.facet(Facet.SUBJECT, code.substring(0, 2), code.substring(0, 3), code);
            List<String> labels = SubjectLabels.of(code);
            for (int i = 0; i < labels.size(); i++) {
                builder.text(SearchField.SUBJECT, SubjectLabels.LANGUAGES.get(i), labels.get(i));
            }
            return this;
        }

        Resource level(String level) {
            builder.facet(Facet.LEVEL, level);
            return this;
        }

        Resource type(String type) {
            builder.facet(Facet.TYPE, type);
            return this;
        }

        Resource format(String format) {
            builder.facet(Facet.FORMAT, format);
            return this;
        }

        Resource access(String... features) {
            builder.facet(Facet.ACCESSIBILITY, features);
            return this;
        }

        Resource license(String license) {
            if (!license.isEmpty()) builder.facet(Facet.LICENSE, license);
            Licenses.open(license).ifPresent(open -> builder.facet(Facet.OPEN_LICENSE, open));
            return this;
        }

        Resource from(String... sources) {
            for (String source : sources) {
                builder.facet(Facet.SOURCE, source).facet(Facet.COUNTRY, COUNTRIES.get(source));
            }
            return this;
        }

        Resource year(String year) {
            builder.facet(Facet.YEAR, year);
            return this;
        }

        Resource modified(String instant) {
            builder.modified(Instant.parse(instant));
            return this;
        }

        SearchDocument build() {
            return builder.build();
        }
    }
}
