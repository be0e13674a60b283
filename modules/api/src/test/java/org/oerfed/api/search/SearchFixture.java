package org.oerfed.api.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.oerfed.core.search.Facet;
import org.oerfed.core.search.SearchDocument;
import org.oerfed.core.search.SearchField;

/**
 * Resources in six languages and four scripts, from four countries, with every facet, a title that tries to
 * inject markup and control characters, and enough filler to page through.
 */
final class SearchFixture {
    static final String CC_BY = "https://creativecommons.org/licenses/by/4.0/";
    static final String CC_BY_SA = "https://creativecommons.org/licenses/by-sa/4.0/";
    static final String CC_BY_NC_ND = "https://creativecommons.org/licenses/by-nc-nd/4.0/";
    static final String CC0 = "https://creativecommons.org/publicdomain/zero/1.0/";
    static final String HOSTILE_TITLE = "Fractions <script>alert('x')</script> & \"more\"\u0001";
    static final int FILLERS = 45;

    private SearchFixture() {
    }

    static List<SearchDocument> documents() {
        List<SearchDocument> documents = new ArrayList<>(List.of(
                SearchDocument.builder("alpha-fractions").title("fr", "Introduction aux fractions")
                        .description("fr", "Les fractions pour l'école primaire, avec des exercices.")
                        .url("https://alpha.example.org/fractions").modified(Instant.parse("2024-03-01T10:00:00Z"))
                        .facet(Facet.SOURCE, "alpha").facet(Facet.COUNTRY, "SN").facet(Facet.LANGUAGE, "fr")
                        .facet(Facet.LICENSE, CC_BY).facet(Facet.OPEN_LICENSE, "true").facet(Facet.LEVEL, "1")
                        .facet(Facet.SUBJECT, "05", "054", "0541").facet(Facet.TYPE, "lesson-plan").facet(Facet.FORMAT, "text/html")
                        .facet(Facet.YEAR, "2024")
                        .text(SearchField.SUBJECT, "en", "Mathematics").text(SearchField.SUBJECT, "fr", "Mathématiques")
                        .text(SearchField.SUBJECT, "es", "Matemáticas").text(SearchField.SUBJECT, "ar", "الرياضيات")
                        .build(),
                SearchDocument.builder("beta-algebra").title("es", "Álgebra lineal para todos")
                        .description("es", "Matrices, vectores y sistemas de ecuaciones.")
                        .url("https://beta.example.org/algebra").modified(Instant.parse("2023-01-15T00:00:00Z"))
                        .facet(Facet.SOURCE, "beta").facet(Facet.COUNTRY, "PE").facet(Facet.LANGUAGE, "es")
                        .facet(Facet.LICENSE, CC_BY_SA).facet(Facet.OPEN_LICENSE, "true").facet(Facet.LEVEL, "6")
                        .facet(Facet.SUBJECT, "05", "054", "0541").facet(Facet.TYPE, "textbook").facet(Facet.FORMAT, "application/pdf")
                        .facet(Facet.YEAR, "2023")
                        .text(SearchField.SUBJECT, "en", "Mathematics").text(SearchField.SUBJECT, "fr", "Mathématiques")
                        .text(SearchField.SUBJECT, "es", "Matemáticas")
                        .build(),
                SearchDocument.builder("gamma-volcanoes").title("en", "Volcanoes")
                        .description("en", "How volcanoes form, with captioned videos.")
                        .url("https://gamma.example.org/volcanoes")
                        .facet(Facet.SOURCE, "gamma").facet(Facet.COUNTRY, "KE").facet(Facet.LANGUAGE, "en", "sw")
                        .facet(Facet.LICENSE, CC_BY_NC_ND).facet(Facet.OPEN_LICENSE, "false").facet(Facet.LEVEL, "2")
                        .facet(Facet.SUBJECT, "05", "053", "0532").facet(Facet.TYPE, "video").facet(Facet.FORMAT, "video/mp4")
                        .facet(Facet.ACCESSIBILITY, "captions").facet(Facet.YEAR, "2021")
                        .text(SearchField.SUBJECT, "en", "Earth sciences").text(SearchField.SUBJECT, "fr", "Sciences de la terre")
                        .build(),
                SearchDocument.builder("alpha-water").title("ar", "دورة الماء")
                        .description("ar", "درس عن دورة الماء في الطبيعة")
                        .url("https://alpha.example.org/water").modified(Instant.parse("2022-06-30T00:00:00Z"))
                        .facet(Facet.SOURCE, "alpha").facet(Facet.COUNTRY, "SN").facet(Facet.LANGUAGE, "ar")
                        .facet(Facet.LICENSE, CC0).facet(Facet.OPEN_LICENSE, "true").facet(Facet.LEVEL, "1")
                        .facet(Facet.SUBJECT, "05", "053", "0532").facet(Facet.TYPE, "text").facet(Facet.YEAR, "2022")
                        .text(SearchField.SUBJECT, "en", "Earth sciences").text(SearchField.SUBJECT, "ar", "علوم الأرض")
                        .build(),
                SearchDocument.builder("delta-poetry").title("zh", "唐诗入门")
                        .description("zh", "唐代诗歌的入门课程")
                        .facet(Facet.SOURCE, "delta").facet(Facet.COUNTRY, "CN").facet(Facet.LANGUAGE, "zh")
                        .facet(Facet.LEVEL, "3").facet(Facet.SUBJECT, "02", "023", "0231").facet(Facet.TYPE, "text").facet(Facet.YEAR, "2020")
                        .build(),
                SearchDocument.builder("delta-hostile").title("en", HOSTILE_TITLE)
                        .description("en", "A description with a lone surrogate \uD800 and a bell \u0007 in it.")
                        .url("javascript:alert(1)")
                        .facet(Facet.SOURCE, "delta").facet(Facet.COUNTRY, "CN").facet(Facet.LANGUAGE, "en").facet(Facet.YEAR, "2020")
                        .build()));
        for (int i = 1; i <= FILLERS; i++) {
            documents.add(SearchDocument.builder(String.format("filler-%03d", i)).title("en", "Filler resource " + i)
                    .description("en", "A resource to page through.").facet(Facet.SOURCE, "filler").facet(Facet.LANGUAGE, "en")
                    .facet(Facet.YEAR, String.valueOf(2000 + i % 20)).modified(Instant.parse("2020-01-01T00:00:00Z").plusSeconds(i * 86_400L))
                    .build());
        }
        return documents;
    }
}
