package org.oerfed.graph.concepts;

import java.util.List;

/**
 * One documented rule that aligns resources for teachers to a module of the UNESCO ICT Competency Framework
 * for Teachers: when one of its {@code terms} occurs in a resource's keywords, subjects or names.
 *
 * @param id     stable name of the rule, written on every alignment it makes
 * @param module notation of the module in the ICT CFT scheme, e.g. {@code KD.5}
 * @param terms  the rule's words and phrases in any language, kept folded
 */
public record IctCftRule(String id, String module, List<String> terms) {

    public IctCftRule {
        terms = terms.stream().map(IctCftText::fold).filter(t -> !t.isEmpty()).distinct().toList();
    }

    /** Whether one of the terms occurs, as a whole word or phrase, in a value already folded. */
    boolean matches(String foldedValue) {
        return terms.stream().anyMatch(term -> IctCftText.containsPhrase(foldedValue, term));
    }
}
