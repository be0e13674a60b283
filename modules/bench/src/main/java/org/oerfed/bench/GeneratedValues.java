package org.oerfed.bench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The values generated records are made of, written the many ways partners write them: languages as codes,
 * names and tags; levels as LOM values, ISCED codes and school names in several languages; licences as URLs,
 * short names and long titles. Some match a concept of OERfed's vocabularies and some do not, as in real
 * catalogues, so that the concept linker, the ICT CFT aligner and the validator do the work they do on a
 * harvest. Every person and organisation is fictitious.
 */
final class GeneratedValues {
    private GeneratedValues() {
    }

    /**
     * A language records are written in.
     *
     * @param tag         the tag its strings carry
     * @param codes       how records name it in a language element
     * @param lessonWord  the word a title starts with
     * @param description a description: the subject, then the record number
     */
    record ContentLanguage(String tag, List<String> codes, String lessonWord, String description) {
    }

    /** The weights are how often a record is in each language: English first, then French and Spanish. */
    static final List<ContentLanguage> LANGUAGES = List.of(
            new ContentLanguage("en", List.of("en", "eng", "English", "en-GB", "en_US"), "Lesson",
                    "Worked examples, classroom activities and a short self-assessment on %s (resource %d)."),
            new ContentLanguage("fr", List.of("fr", "fre", "fra", "French", "français", "fr-FR"), "Séance",
                    "Exemples commentés, activités en classe et une courte auto-évaluation sur %s (ressource %d)."),
            new ContentLanguage("es", List.of("es", "spa", "Spanish", "español", "es-ES"), "Lección",
                    "Ejemplos resueltos, actividades de aula y una breve autoevaluación sobre %s (recurso %d)."),
            new ContentLanguage("de", List.of("de", "ger", "deu", "German", "Deutsch", "de-DE"), "Lektion",
                    "Durchgerechnete Beispiele, Unterrichtsaktivitäten und ein kurzer Selbsttest zu %s (Material %d)."),
            new ContentLanguage("pt", List.of("pt", "por", "Portuguese", "pt-BR", "Brazilian Portuguese"), "Aula",
                    "Exemplos resolvidos, atividades de sala de aula e uma breve autoavaliação sobre %s (recurso %d)."),
            new ContentLanguage("it", List.of("it", "ita", "Italian", "italiano"), "Lezione",
                    "Esempi svolti, attività in classe e una breve autovalutazione su %s (risorsa %d)."));
    private static final int[] LANGUAGE_WEIGHTS = {35, 25, 20, 12, 4, 4};

    /** A school subject, as a keyword in each of {@link #LANGUAGES}, in their order. */
    record Subject(List<String> words) {
        String in(int language) {
            return words.get(language);
        }
    }

    static final List<Subject> SUBJECTS = List.of(
            subject("Mathematics", "Mathématiques", "Matemáticas", "Mathematik", "Matemática", "Matematica"),
            subject("geometry", "géométrie", "geometría", "Geometrie", "geometria", "geometria"),
            subject("algebra", "algèbre", "álgebra", "Algebra", "álgebra", "algebra"),
            subject("statistics", "probabilités", "probabilidad", "Stochastik", "estatística", "probabilità"),
            subject("Physics", "physique", "física", "Physik", "física", "fisica"),
            subject("Chemistry", "chimie", "química", "Chemie", "química", "chimica"),
            subject("Biology", "biologie", "biología", "Biologie", "biologia", "biologia"),
            subject("geography", "géographie", "geografía", "Erdkunde", "geografia", "geografia"),
            subject("History and archaeology", "histoire", "historia", "Geschichte", "história", "storia"),
            subject("Economics", "économie", "economía", "Wirtschaft", "economia", "economia"),
            subject("Computer use", "informatique", "informática", "Informatik", "informática", "informatica"),
            subject("Music and performing arts", "musique", "música", "Musik", "música", "musica"),
            subject("Language acquisition", "langues vivantes", "lenguas extranjeras", "Fremdsprachen", "línguas estrangeiras",
                    "lingue straniere"),
            subject("Environmental sciences", "environnement", "medio ambiente", "Umweltbildung", "meio ambiente", "ambiente"),
            subject("Philosophy and ethics", "philosophie", "filosofía", "Ethik", "filosofia", "filosofia"),
            subject("astronomy", "astronomie", "astronomía", "Astronomie", "astronomia", "astronomia"));

    /** Levels of education as LOM contexts, ISCED codes and the names of schools. */
    static final List<String> LEVELS = List.of("school", "higher education", "training", "primary school", "école primaire",
            "collège", "lycée", "Grundschule", "Sekundarstufe 1", "primaria", "bachillerato", "upper secondary", "lower secondary",
            "ISCED 1", "CITE 2", "CINE 3", "Bachelor's or equivalent level", "kindergarten", "scuola primaria",
            "ensino fundamental II", "vocational training", "adult education", "начальная школа", "小学");

    /** LOM 5.2 learning resource types, some written the way other vocabularies do. */
    static final List<String> LOM_TYPES = List.of("exercise", "simulation", "questionnaire", "diagram", "figure", "graph", "index",
            "slide", "table", "narrative text", "exam", "experiment", "problem statement", "self assessment", "lecture",
            "lesson plan", "worksheet", "video", "interactive animation");

    /** dc:type as repositories fill it: DCMI types, and their own words. */
    static final List<String> DC_TYPES = List.of("Text", "Text", "MovingImage", "InteractiveResource", "Sound", "StillImage",
            "Dataset", "Software", "lesson plan", "worksheet", "Course", "Lecture notes", "learning object", "quiz");

    /** LOM 5.5 roles and the words profiles use for them. */
    static final List<String> ROLES = List.of("learner", "learner", "learner", "teacher", "teacher", "author", "manager", "pupils",
            "enseignants", "docentes", "parent");

    static final List<String> LICENCES = List.of(
            "https://creativecommons.org/licenses/by/4.0/",
            "https://creativecommons.org/licenses/by/4.0/",
            "https://creativecommons.org/licenses/by-sa/4.0/",
            "http://creativecommons.org/licenses/by-nc-sa/3.0/fr/",
            "CC BY-NC 4.0",
            "CC BY-SA 4.0",
            "Attribution-NonCommercial-ShareAlike 4.0 International (CC BY-NC-SA 4.0)",
            "Namensnennung 4.0 International (CC BY 4.0)",
            "CC0 1.0",
            "https://creativecommons.org/publicdomain/zero/1.0/",
            "© Example Publishing (fictitious), all rights reserved");

    /** Terms of the ICT CFT alignment rules, and others near them that match no rule. */
    static final List<String> TEACHING_TERMS = List.of("digital literacy", "project-based learning", "formative assessment", "Moodle",
            "open educational resources", "classroom management", "collaborative learning", "computational thinking",
            "compétences numériques", "apprentissage par projet", "évaluation formative", "travail de groupe",
            "aprendizaje colaborativo", "estrategia digital", "Lehrplan", "curriculum design", "action research",
            "interactive whiteboard", "lesson study", "flipped classroom");

    static final List<String> FORMATS = List.of("text/html", "text/html", "application/pdf", "video/mp4", "audio/mpeg", "image/png",
            "application/vnd.oasis.opendocument.text", "application/zip");

    static final List<String> GIVEN_NAMES = List.of("Jonas", "Ana", "Camille", "José", "Fatima", "Lukas", "Chiara", "Pedro",
            "Aiko", "Mei", "Olumide", "Sofia", "Hélène", "Jürgen", "Ngozi", "Mateo", "Inès", "Kofi", "Lena", "Rui");
    static final List<String> FAMILY_NAMES = List.of("Weber", "Ruiz", "Martin", "García", "Haddad", "Müller", "Rossi", "Silva",
            "Tanaka", "Chen", "Adeyemi", "Dubois", "Schmidt", "Okafor", "López", "Bernard", "Mensah", "Fischer", "Costa", "O'Connor");
    static final List<String> ORGANISATIONS = List.of("Open Physics Lab (fictitious)", "Académie numérique de l'Ouest (fictitious)",
            "Red de Docentes Abiertos (fictitious)", "Freie Lernmaterialien e.V. (fictitious)", "Escola Aberta (fictitious)",
            "Laboratorio Didattico Aperto (fictitious)", "Example OER Foundation", "University of Example, Faculty of Education",
            "Example Teachers' Circle & Friends", "Mediateca Escolar de Ejemplo");

    private static Subject subject(String... words) {
        return new Subject(List.of(words));
    }

    /** The index in {@link #LANGUAGES} of a record's language. */
    static int language(SplittableRandom random) {
        int total = 0;
        for (int weight : LANGUAGE_WEIGHTS) total += weight;
        int at = random.nextInt(total);
        for (int i = 0; i < LANGUAGE_WEIGHTS.length; i++) {
            at -= LANGUAGE_WEIGHTS[i];
            if (at < 0) return i;
        }
        throw new IllegalStateException("unreachable");
    }

    static <T> T one(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Whether an event of this probability happens. */
    static boolean chance(SplittableRandom random, double probability) {
        return random.nextDouble() < probability;
    }

    /** A random generator for record {@code n} alone: the record does not depend on those made before it. */
    static SplittableRandom forRecord(long seed, int n) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + n);
    }
}
