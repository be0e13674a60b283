package org.oerfed.index.lucene;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.oerfed.index.analysis.IndexFields;

/**
 * Indexes text that {@code index-analysis} has already analysed: splits on whitespace and nothing else, as
 * Elasticsearch's core {@code whitespace} analyser does, and leaves {@link IndexFields#POSITION_GAP}
 * positions between the values of a field, as Elasticsearch's default {@code position_increment_gap} does.
 * Both engines thus see the same tokens at the same positions, and score them alike.
 */
final class AnalysedTokens extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new WhitespaceTokenizer());
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return IndexFields.POSITION_GAP;
    }
}
