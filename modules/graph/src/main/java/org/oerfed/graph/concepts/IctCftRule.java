package org.oerfed.graph.concepts;

import java.util.List;
import java.util.Objects;

/**
 * One documented rule that aligns resources for teachers to a module of the UNESCO ICT Competency Framework
 * for Teachers: when one of its terms occurs in a resource's keywords, subjects or names.
 *
 * <p>Not a record: it keeps its terms prepared for matching (padded with spaces for whole-word matches, or
 * marked as matching anywhere for Chinese and Japanese), since every value of every resource for teachers is
 * compared with every rule.
 */
public final class IctCftRule {
    private final String id;
    private final String module;
    private final List<String> terms;
    /** Terms in scripts without spaces between words: they match anywhere in a value. */
    private final List<String> anywhere;
    /** The other terms between spaces: they match whole words of a value padded the same way. */
    private final List<String> padded;

    /**
     * @param id     stable name of the rule, written on every alignment it makes
     * @param module notation of the module in the ICT CFT scheme, e.g. {@code KD.5}
     * @param terms  the rule's words and phrases in any language; kept folded
     */
    public IctCftRule(String id, String module, List<String> terms) {
        this.id = Objects.requireNonNull(id, "id");
        this.module = Objects.requireNonNull(module, "module");
        this.terms = terms.stream().map(IctCftText::fold).filter(t -> !t.isEmpty()).distinct().toList();
        this.anywhere = this.terms.stream().filter(IctCftText::withoutWordSpaces).toList();
        this.padded = this.terms.stream().filter(t -> !IctCftText.withoutWordSpaces(t)).map(t -> " " + t + " ").toList();
    }

    public String id() {
        return id;
    }

    public String module() {
        return module;
    }

    /** The rule's terms, folded. */
    public List<String> terms() {
        return terms;
    }

    /** Whether one of the terms occurs, as a whole word or phrase, in a value already folded. */
    boolean matches(String foldedValue) {
        for (String term : anywhere) {
            if (foldedValue.contains(term)) return true;
        }
        if (padded.isEmpty()) return false;
        String paddedValue = " " + foldedValue + " ";
        for (String term : padded) {
            if (paddedValue.contains(term)) return true;
        }
        return false;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IctCftRule rule && id.equals(rule.id) && module.equals(rule.module) && terms.equals(rule.terms);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, module, terms);
    }

    @Override
    public String toString() {
        return "IctCftRule[id=" + id + ", module=" + module + ", terms=" + terms + "]";
    }
}
