package org.oerfed.index.tck;

import static org.oerfed.index.tck.Licenses.BY;
import static org.oerfed.index.tck.Licenses.BY_NC;
import static org.oerfed.index.tck.Licenses.BY_NC_SA;
import static org.oerfed.index.tck.Licenses.BY_SA;
import static org.oerfed.index.tck.Licenses.CC0;
import static org.oerfed.index.tck.Licenses.UNKNOWN;

import java.util.List;
import java.util.Optional;
import org.oerfed.core.search.SearchDocument;

/**
 * Thirty resources in seven languages and scripts, three sources and five licences (plus two with none),
 * that the contract's expectations are worked out from by hand.
 *
 * <p>Ids are zero-padded so that id order is the order below. Changing a document here means re-deriving
 * the expected ids and counts in {@link SearchIndexContract}; the Javadoc of each test says how they follow
 * from this list.
 */
public final class OerFixture {

    public static final String OPENSTAX = "openstax";
    public static final String OER_COMMONS = "oer-commons";
    public static final String UNESCO = "unesco-library";

    private static final List<SearchDocument> DOCUMENTS = List.of(
            doc("oer-01", "Introduction to Algebra", "Linear equations and inequalities for beginners.",
                    List.of("en"), BY, OPENSTAX),
            doc("oer-02", "Photosynthesis Explained", "How plants turn sunlight into chemical energy.",
                    List.of("en"), BY_SA, OPENSTAX),
            doc("oer-03", "Cats and Dogs: A Pet Care Guide", "Feeding, grooming and walking your pets.",
                    List.of("en"), CC0, OER_COMMONS),
            doc("oer-04", "World War II Timeline", "Key events of the war in Europe and the Pacific, 1939 to 1945.",
                    List.of("en"), BY_NC, OER_COMMONS),
            doc("oer-05", "Introduction à la géométrie", "Les triangles, les cercles et les angles pour débutants.",
                    List.of("fr"), BY, OPENSTAX),
            doc("oer-06", "La photosynthèse des plantes", "Comment les plantes transforment la lumière en énergie.",
                    List.of("fr"), BY_SA, UNESCO),
            doc("oer-07", "Histoire de la Révolution française", "Chronologie de 1789 à 1799.",
                    List.of("fr"), BY_NC_SA, UNESCO),
            doc("oer-08", "Introducción al álgebra", "Ecuaciones lineales para principiantes.",
                    List.of("es"), BY, OER_COMMONS),
            doc("oer-09", "El ciclo del agua", "Evaporación, condensación y precipitación.",
                    List.of("es"), CC0, UNESCO),
            doc("oer-10", "Geografía de América Latina", "Ríos, montañas y climas del continente.",
                    List.of("es"), UNKNOWN, OER_COMMONS),
            doc("oer-11", "مقدمة في الجبر", "المعادلات الخطية للمبتدئين",
                    List.of("ar"), BY, UNESCO),
            doc("oer-12", "دورة الماء في الطبيعة", "التبخر والتكثف والهطول",
                    List.of("ar"), BY_SA, UNESCO),
            doc("oer-13", "数学入门", "代数和几何的基础知识",
                    List.of("zh"), BY, OPENSTAX),
            doc("oer-14", "水循环", "蒸发、凝结和降水",
                    List.of("zh"), CC0, UNESCO),
            doc("oer-15", "光合作用", "植物如何利用阳光制造养分",
                    List.of("zh"), BY_NC, OPENSTAX),
            doc("oer-16", "Einführung in die Algebra", "Lineare Gleichungen für Anfänger.",
                    List.of("de"), BY, OPENSTAX),
            doc("oer-17", "Der Wasserkreislauf", "Verdunstung, Kondensation und Niederschlag.",
                    List.of("de"), BY_SA, OER_COMMONS),
            doc("oer-18", "Geschichte Europas im 20. Jahrhundert", "Von 1914 bis 1989.",
                    List.of("de"), BY_NC, UNESCO),
            doc("oer-19", "Введение в алгебру", "Линейные уравнения для начинающих.",
                    List.of("ru"), BY, OER_COMMONS),
            doc("oer-20", "Круговорот воды в природе", "Испарение, конденсация и осадки.",
                    List.of("ru"), CC0, UNESCO),
            doc("oer-21", "Bilingual Algebra Workbook", "Exercises in English and French. Exercices en anglais et en français.",
                    List.of("en", "fr"), BY, OPENSTAX),
            doc("oer-22", "Water Cycle Poster", "El ciclo del agua explained in English and Spanish.",
                    List.of("en", "es"), CC0, OER_COMMONS),
            doc("oer-23", "Arabic–English Science Glossary", "Photosynthesis, evaporation and energy. التمثيل الضوئي",
                    List.of("ar", "en"), BY_SA, UNESCO),
            doc("oer-24", "Multilingual Chemistry Lab Safety", "Safety rules in English, Deutsch, Русский and 中文.",
                    List.of("en", "de", "ru", "zh"), BY_NC, OER_COMMONS),
            doc("oer-25", "Music Theory Basics", "",
                    List.of("en"), BY_NC_SA, OPENSTAX),
            doc("oer-26", "Python Programming for Data Science", "Variables, loops, functions and data frames.",
                    List.of("en"), BY, OER_COMMONS),
            doc("oer-27", "Statistique descriptive", "Moyenne, médiane et écart type.",
                    List.of("fr"), BY_NC, OER_COMMONS),
            doc("oer-28", "Astronomía para todos", "Planetas, estrellas y galaxias.",
                    List.of("es"), BY_SA, OPENSTAX),
            doc("oer-29", "Основы программирования", "Переменные, циклы и функции на Python.",
                    List.of("ru"), CC0, OPENSTAX),
            doc("oer-30", "Algebra Practice Problems", "More than 200 exercises on linear equations.",
                    List.of("en"), UNKNOWN, UNESCO));

    private OerFixture() {
    }

    /** All thirty documents, in id order. */
    public static List<SearchDocument> documents() {
        return DOCUMENTS;
    }

    /** The fixture document with this id. */
    public static SearchDocument document(String id) {
        Optional<SearchDocument> found = DOCUMENTS.stream().filter(d -> d.id().equals(id)).findFirst();
        return found.orElseThrow(() -> new IllegalArgumentException("no fixture document " + id));
    }

    private static SearchDocument doc(String id, String title, String description, List<String> languages,
                                      String license, String source) {
        return new SearchDocument(id, title, description, "https://oer.example.org/" + source + "/" + id,
                languages, license, source);
    }
}
