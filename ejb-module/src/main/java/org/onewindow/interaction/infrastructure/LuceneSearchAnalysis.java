package org.onewindow.interaction.infrastructure;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The local index's analyzers (the default backend): {@link SearchAnalyzers}' instances under their
 * names. Instances, not factory names: the server's Lucene module cannot see the smartcn jar in the
 * EAR's lib/ through Lucene's service loader (DESIGN.md 7 "Search").
 */
public class LuceneSearchAnalysis implements LuceneAnalysisConfigurer {

  @Override
  public void configure(LuceneAnalysisConfigurationContext context) {
    context.analyzer(SearchAnalyzers.WORDS).instance(SearchAnalyzers.words());
    context.analyzer(SearchAnalyzers.BIGRAMS).instance(SearchAnalyzers.bigrams());
    context.analyzer(SearchAnalyzers.PINYIN).instance(SearchAnalyzers.pinyin());
    context.analyzer(SearchAnalyzers.PREFIX).instance(SearchAnalyzers.prefix());
    context.analyzer(SearchAnalyzers.PINYIN_PREFIX).instance(SearchAnalyzers.pinyinPrefix());
    context.analyzer(SearchAnalyzers.PREFIX_QUERY).instance(SearchAnalyzers.prefixQuery());
    context.analyzer(SearchAnalyzers.TERMS).instance(SearchAnalyzers.terms());
  }
}
