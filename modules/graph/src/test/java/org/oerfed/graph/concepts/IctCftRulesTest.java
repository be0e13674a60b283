package org.oerfed.graph.concepts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.oerfed.core.error.Fault;
import org.oerfed.core.error.OerfedException;

class IctCftRulesTest {
    private final IctCftRules rules = IctCftRules.bundled();

    @Test
    void everyBundledRuleNamesAModuleAndNoTermBelongsToTwoRules() {
        assertThat(rules.rules()).hasSizeGreaterThanOrEqualTo(12);
        Map<String, String> ruleOfTerm = new HashMap<>();
        for (IctCftRule rule : rules.rules()) {
            assertThat(rule.id()).matches("[a-z0-9-]+");
            assertThat(rules.moduleName(rule.module())).as(rule.id()).isNotBlank();
            assertThat(rule.terms()).as(rule.id()).isNotEmpty();
            for (String term : rule.terms()) {
                String other = ruleOfTerm.put(term, rule.id());
                assertThat(other).as("'" + term + "' in " + rule.id() + " and " + other).isNull();
            }
        }
    }

    @Test
    void recognisesTeachersInManyLanguagesButNotLearners() {
        for (String role : List.of("teacher", "Teachers", "Lehrkräfte", "Lehrer", "enseignant", "Enseignants", "docente",
                "profesor", "insegnante", "leraar", "professor", "учитель", "教师", "المعلم", "learner, teacher")) {
            assertThat(rules.isTeacherRole(role)).as(role).isTrue();
        }
        for (String role : List.of("learner", "student", "Schüler", "parent", "teacher training", "")) {
            assertThat(rules.isTeacherRole(role)).as(role).isFalse();
        }
        assertThat(rules.isTeacherRoleIri(Vocabulary.AUDIENCE_ROLE.conceptUri("teacher"))).isTrue();
        assertThat(rules.isTeacherRoleIri("http://purl.org/dcx/lrmi-vocabs/educationalAudienceRole/teacher")).isTrue();
    }

    @Test
    void aRuleNamingAnUnknownModuleIsASetupError() {
        IctCftRule rule = new IctCftRule("nowhere", "KX.9", List.of("anything"));
        assertThatThrownBy(() -> new IctCftRules(List.of(rule), Set.of(), Set.of(), Map.of("KA.1", "Policy Understanding")))
                .isInstanceOf(OerfedException.class)
                .hasMessageContaining("nowhere").hasMessageContaining("KX.9")
                .satisfies(e -> assertThat(((OerfedException) e).fault()).isEqualTo(Fault.SETUP));
    }

    @Test
    void termsMatchWholeWordsAndPhrasesAfterFolding() {
        IctCftRule rule = new IctCftRule("r", "KA.6", List.of("digital literacy", "OER", "Médienkompetenz", "数字素养"));
        assertThat(rule.matches(IctCftText.fold("Teaching DIGITAL-Literacy today"))).isTrue();
        assertThat(rule.matches(IctCftText.fold("Medienkompetenz"))).isTrue();
        assertThat(rule.matches(IctCftText.fold("OER"))).isTrue();
        assertThat(rule.matches(IctCftText.fold("教师的数字素养培训"))).isTrue();
        assertThat(rule.matches(IctCftText.fold("OERs and more"))).isFalse();
        assertThat(rule.matches(IctCftText.fold("digital literacyship"))).isFalse();
        assertThat(IctCftText.items("digital, literacy")).containsExactly("digital", "literacy");
    }
}
