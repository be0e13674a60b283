package org.oerfed.bench;

import static org.oerfed.bench.GeneratedValues.chance;
import static org.oerfed.bench.GeneratedValues.one;
import static org.oerfed.bench.XmlText.escape;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import org.oerfed.bench.GeneratedValues.ContentLanguage;
import org.oerfed.bench.GeneratedValues.Subject;
import org.oerfed.core.source.SourceConfig;
import org.oerfed.core.source.SourceType;

/**
 * IEEE LOM records (XML binding, namespace {@code http://ltsc.ieee.org/xsd/LOM}) as a learning object
 * repository writes them: general with identifiers, titles in one or two languages and keywords; a lifecycle
 * whose contributors are vCards (authors with an organisation and sometimes an ORCID, publishers as
 * organisations); technical; educational with types, roles, contexts and ages; rights with a licence in one
 * of its many spellings; relations; and a classification by discipline, sometimes also by level. Resources
 * for teachers often carry a teaching term, which the ICT CFT aligner reads.
 */
final class LomRecordGenerator extends RecordGenerator {
    LomRecordGenerator(long seed) {
        super(seed, new SourceConfig("bench-lom", "Benchmark learning object repository (LOM)", "ES",
                SourceType.OAI_PMH, URI.create("http://localhost/lom/oai"), "lom", List.of(), Optional.empty()),
                "oai:lor.example.org:lom-");
    }

    @Override
    protected String metadata(int n, SplittableRandom random) {
        return new LomWriter(n, random).write();
    }

    /** One record's XML. */
    private static final class LomWriter {
        private final int n;
        private final SplittableRandom random;
        private final int language;
        private final ContentLanguage lang;
        private final Subject subject;
        private final boolean forTeachers;
        private final StringBuilder xml = new StringBuilder(6000);

        LomWriter(int n, SplittableRandom random) {
            this.n = n;
            this.random = random;
            this.language = GeneratedValues.language(random);
            this.lang = GeneratedValues.LANGUAGES.get(language);
            this.subject = one(random, GeneratedValues.SUBJECTS);
            this.forTeachers = chance(random, 0.35);
        }

        String write() {
            xml.append("<lom xmlns=\"http://ltsc.ieee.org/xsd/LOM\">\n");
            general();
            lifeCycle();
            metaMetadata();
            technical();
            educational();
            rights();
            relations();
            classification();
            return xml.append("</lom>\n").toString();
        }

        private void general() {
            xml.append("  <general>\n");
            identifier("URI", "https://lor.example.org/objects/" + n);
            if (chance(random, 0.3)) identifier("DOI", "10.99999/bench.lom." + n);
            if (chance(random, 0.3)) identifier("local", "LO-" + Integer.toString(n, 36).toUpperCase(Locale.ROOT));
            xml.append("    <title>");
            string(lang.tag(), lang.lessonWord() + " " + n + ": " + subject.in(language));
            if (chance(random, 0.2)) {
                int other = (language + 1 + random.nextInt(GeneratedValues.LANGUAGES.size() - 1)) % GeneratedValues.LANGUAGES.size();
                ContentLanguage second = GeneratedValues.LANGUAGES.get(other);
                string(second.tag(), second.lessonWord() + " " + n + ": " + subject.in(other));
            }
            xml.append("</title>\n");
            xml.append("    <language>").append(escape(one(random, lang.codes()))).append("</language>\n");
            xml.append("    <description>");
            string(lang.tag(), String.format(Locale.ROOT, lang.description(), subject.in(language), n));
            xml.append("</description>\n");
            keyword(subject.in(language));
            keyword(one(random, GeneratedValues.SUBJECTS).in(language));
            if (forTeachers && chance(random, 0.8)) keyword(one(random, GeneratedValues.TEACHING_TERMS));
            if (chance(random, 0.1)) {
                xml.append("    <coverage>");
                string("en", one(random, List.of("Europe", "Latin America", "West Africa", "worldwide")));
                xml.append("</coverage>\n");
            }
            vocabulary("    ", "structure", one(random, List.of("atomic", "collection", "linear")));
            vocabulary("    ", "aggregationLevel", String.valueOf(1 + random.nextInt(3)));
            xml.append("  </general>\n");
        }

        private void lifeCycle() {
            xml.append("  <lifeCycle>\n    <version>");
            string("x-none", "1." + random.nextInt(10));
            xml.append("</version>\n");
            vocabulary("    ", "status", "final");
            String date = String.format(Locale.ROOT, "%d-%02d-%02d", 2012 + random.nextInt(13), 1 + random.nextInt(12),
                    1 + random.nextInt(28));
            contribute("author", personCard(), date);
            if (chance(random, 0.4)) contribute("author", personCard(), null);
            contribute("publisher", organisationCard(), date + "T09:00:00Z");
            if (chance(random, 0.2)) contribute("technical implementer", personCard(), null);
            xml.append("  </lifeCycle>\n");
        }

        private String personCard() {
            String given = one(random, GeneratedValues.GIVEN_NAMES);
            String family = one(random, GeneratedValues.FAMILY_NAMES);
            StringBuilder card = new StringBuilder("BEGIN:VCARD\nVERSION:3.0\n")
                    .append("FN:").append(given).append(' ').append(family).append('\n')
                    .append("N:").append(family).append(';').append(given).append(";;;\n");
            if (chance(random, 0.7)) card.append("ORG:").append(one(random, GeneratedValues.ORGANISATIONS)).append('\n');
            if (chance(random, 0.4)) {
                card.append("URL:https://orcid.org/0000-0000-")
                        .append(String.format(Locale.ROOT, "%04d-%04d", random.nextInt(10_000), random.nextInt(10_000))).append('\n');
            }
            card.append("EMAIL;TYPE=INTERNET:").append(given.toLowerCase(Locale.ROOT).charAt(0)).append('.')
                    .append(family.toLowerCase(Locale.ROOT).replace("'", "")).append("@example.org\n");
            return card.append("END:VCARD").toString();
        }

        private String organisationCard() {
            int index = random.nextInt(GeneratedValues.ORGANISATIONS.size());
            String organisation = GeneratedValues.ORGANISATIONS.get(index);
            return chance(random, 0.5)
                    ? "BEGIN:VCARD\nVERSION:4.0\nKIND:org\nFN:" + organisation + "\nURL:https://org.example.org/" + index + "\nEND:VCARD"
                    : "BEGIN:VCARD\nVERSION:3.0\nFN:\nORG:" + organisation + "\nEND:VCARD";
        }

        private void contribute(String role, String vCard, String date) {
            xml.append("    <contribute>\n");
            vocabulary("      ", "role", role);
            xml.append("      <entity>").append(escape(vCard)).append("</entity>\n");
            if (date != null) xml.append("      <date><dateTime>").append(date).append("</dateTime></date>\n");
            xml.append("    </contribute>\n");
        }

        private void metaMetadata() {
            xml.append("  <metaMetadata>\n");
            identifier("URI", "https://lor.example.org/metadata/" + n);
            xml.append("    <metadataSchema>LOMv1.0</metadataSchema>\n    <language>").append(lang.tag()).append("</language>\n");
            xml.append("  </metaMetadata>\n");
        }

        private void technical() {
            String format = one(random, GeneratedValues.FORMATS);
            xml.append("  <technical>\n    <format>").append(format).append("</format>\n");
            if (chance(random, 0.3)) xml.append("    <format>application/pdf</format>\n");
            xml.append("    <size>").append(10_000 + random.nextInt(50_000_000)).append("</size>\n");
            xml.append("    <location>https://lor.example.org/content/").append(n).append("/index.html</location>\n");
            if (format.startsWith("video/") || format.startsWith("audio/")) {
                xml.append("    <duration><duration>PT").append(1 + random.nextInt(40)).append('M').append(random.nextInt(60))
                        .append("S</duration></duration>\n");
            }
            xml.append("  </technical>\n");
        }

        private void educational() {
            xml.append("  <educational>\n");
            vocabulary("    ", "interactivityType", one(random, List.of("active", "expositive", "mixed")));
            vocabulary("    ", "learningResourceType", one(random, GeneratedValues.LOM_TYPES));
            if (chance(random, 0.4)) vocabulary("    ", "learningResourceType", one(random, GeneratedValues.LOM_TYPES));
            vocabulary("    ", "intendedEndUserRole", forTeachers ? "teacher" : one(random, GeneratedValues.ROLES));
            if (chance(random, 0.3)) vocabulary("    ", "intendedEndUserRole", one(random, GeneratedValues.ROLES));
            vocabulary("    ", "context", one(random, GeneratedValues.LEVELS));
            if (chance(random, 0.3)) vocabulary("    ", "context", one(random, GeneratedValues.LEVELS));
            int age = 4 + random.nextInt(14);
            xml.append("    <typicalAgeRange>");
            string("x-none", age + "-" + (age + 2 + random.nextInt(4)));
            xml.append("</typicalAgeRange>\n");
            vocabulary("    ", "difficulty", one(random, List.of("very easy", "easy", "medium", "difficult", "very difficult")));
            xml.append("    <typicalLearningTime><duration>PT").append(1 + random.nextInt(3)).append('H')
                    .append(random.nextInt(4) * 15).append("M</duration></typicalLearningTime>\n");
            xml.append("    <language>").append(lang.tag()).append("</language>\n");
            xml.append("  </educational>\n");
        }

        private void rights() {
            xml.append("  <rights>\n");
            vocabulary("    ", "cost", chance(random, 0.9) ? "no" : "yes");
            vocabulary("    ", "copyrightAndOtherRestrictions", chance(random, 0.8) ? "yes" : "no");
            xml.append("    <description>");
            string(chance(random, 0.5) ? "en" : lang.tag(), one(random, GeneratedValues.LICENCES));
            xml.append("</description>\n  </rights>\n");
        }

        private void relations() {
            if (chance(random, 0.4)) relation("ispartof", "URI", "https://lor.example.org/collections/" + (n % 211));
            if (chance(random, 0.2)) relation("isbasedon", "DOI", "10.99999/bench.lom." + Math.max(1, n - 1));
        }

        private void relation(String kind, String catalog, String entry) {
            xml.append("  <relation>\n");
            vocabulary("    ", "kind", kind);
            xml.append("    <resource><identifier><catalog>").append(catalog).append("</catalog><entry>").append(escape(entry))
                    .append("</entry></identifier></resource>\n  </relation>\n");
        }

        private void classification() {
            int index = GeneratedValues.SUBJECTS.indexOf(subject);
            xml.append("  <classification>\n");
            vocabulary("    ", "purpose", "discipline");
            xml.append("    <taxonPath>\n      <source>");
            string("en", "Fictitious school subjects");
            xml.append("</source>\n      <taxon><id>S").append(index / 4).append("</id><entry>");
            string("en", "Area " + (index / 4));
            xml.append("</entry></taxon>\n      <taxon><id>");
            xml.append(chance(random, 0.3) ? "https://vocab.example.org/subjects/" + index : "S" + (index / 4) + "." + index);
            xml.append("</id><entry>");
            boolean english = chance(random, 0.6);
            string(english ? "en" : lang.tag(), english ? subject.in(0) : subject.in(language));
            xml.append("</entry></taxon>\n    </taxonPath>\n");
            if (chance(random, 0.3)) {
                xml.append("    <keyword>");
                string(lang.tag(), subject.in(language));
                xml.append("</keyword>\n");
            }
            xml.append("  </classification>\n");
            if (chance(random, 0.3)) {
                xml.append("  <classification>\n");
                vocabulary("    ", "purpose", "educational level");
                xml.append("    <taxonPath>\n      <source>");
                string("en", "Fictitious levels");
                xml.append("</source>\n      <taxon><id>L").append(random.nextInt(9)).append("</id><entry>");
                string("x-none", one(random, GeneratedValues.LEVELS));
                xml.append("</entry></taxon>\n    </taxonPath>\n  </classification>\n");
            }
        }

        private void identifier(String catalog, String entry) {
            xml.append("    <identifier><catalog>").append(catalog).append("</catalog><entry>").append(escape(entry))
                    .append("</entry></identifier>\n");
        }

        private void keyword(String value) {
            xml.append("    <keyword>");
            string(lang.tag(), value);
            xml.append("</keyword>\n");
        }

        private void string(String language, String value) {
            xml.append("<string language=\"").append(language).append("\">").append(escape(value)).append("</string>");
        }

        private void vocabulary(String indent, String element, String value) {
            xml.append(indent).append('<').append(element).append("><source>LOMv1.0</source><value>").append(escape(value))
                    .append("</value></").append(element).append(">\n");
        }
    }
}
