package org.oerfed.index.tck;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Labels of the ISCED-F fields the fixture uses, in eight languages and four scripts, written for this
 * fixture. In production the projection copies them from the vocabularies; here they are few and fixed, so
 * that what a query in one language finds through them can be worked out by hand.
 */
final class SubjectLabels {

    /** The label languages, in the order each label list gives them. */
    static final List<String> LANGUAGES = List.of("en", "fr", "es", "de", "pt", "ar", "ru", "zh");

    private static final Map<String, List<String>> LABELS = new LinkedHashMap<>();

    static {
        put("0215", "Music and performing arts", "Musique et arts du spectacle", "Música y artes escénicas",
                "Musik und darstellende Kunst", "Música e artes do espetáculo", "الموسيقى وفنون الأداء",
                "Музыка и исполнительское искусство", "音乐和表演艺术");
        put("0222", "History and archaeology", "Histoire et archéologie", "Historia y arqueología",
                "Geschichte und Archäologie", "História e arqueologia", "التاريخ والآثار", "История и археология",
                "历史和考古学");
        put("0231", "Language acquisition", "Acquisition des langues", "Adquisición de idiomas", "Spracherwerb",
                "Aquisição de línguas", "اكتساب اللغة", "Изучение языков", "语言习得");
        put("0511", "Biology", "Biologie", "Biología", "Biologie", "Biologia", "علم الأحياء", "Биология", "生物学");
        put("0531", "Chemistry", "Chimie", "Química", "Chemie", "Química", "الكيمياء", "Химия", "化学");
        put("0532", "Earth sciences", "Sciences de la Terre", "Ciencias de la Tierra", "Geowissenschaften",
                "Ciências da Terra", "علوم الأرض", "Науки о Земле", "地球科学");
        put("0533", "Physics", "Physique", "Física", "Physik", "Física", "الفيزياء", "Физика", "物理学");
        put("0541", "Mathematics", "Mathématiques", "Matemáticas", "Mathematik", "Matemática", "الرياضيات",
                "Математика", "数学");
        put("0542", "Statistics", "Statistiques", "Estadística", "Statistik", "Estatística", "الإحصاء",
                "Статистика", "统计学");
        put("0613", "Software development", "Développement de logiciels", "Desarrollo de software",
                "Softwareentwicklung", "Desenvolvimento de software", "تطوير البرمجيات",
                "Разработка программ", "软件开发");
        put("1014", "Sports", "Sports", "Deportes", "Sport", "Desporto", "التربية البدنية", "Спорт", "体育");
    }

    private SubjectLabels() {
    }

    private static void put(String code, String... labels) {
        LABELS.put(code, List.of(labels));
    }

    /** The labels of a detailed field, in {@link #LANGUAGES} order. */
    static List<String> of(String code) {
        List<String> labels = LABELS.get(code);
        if (labels == null) throw new IllegalArgumentException("no fixture labels for ISCED-F field " + code);
        return labels;
    }
}
