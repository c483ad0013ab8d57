package org.onewindow.interaction.infrastructure;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The same analyzers as {@link SearchAnalyzers} for an Elasticsearch or OpenSearch cluster (README
 * "Portal search"): the word analyzer needs the engine's smartcn plugin ({@code analysis-smartcn},
 * tokenizer {@code smartcn_tokenizer}); the others use only the common analysis filters. Selected
 * with {@code -Donewindow.search.backend=elasticsearch
 * -Donewindow.search.analysis=org.onewindow.interaction.infrastructure.ElasticsearchSearchAnalysis}.
 */
public class ElasticsearchSearchAnalysis implements ElasticsearchAnalysisConfigurer {

  @Override
  public void configure(ElasticsearchAnalysisConfigurationContext context) {
    context
        .analyzer(SearchAnalyzers.WORDS)
        .custom()
        .tokenizer("smartcn_tokenizer")
        .tokenFilters("lowercase");
    context
        .analyzer(SearchAnalyzers.BIGRAMS)
        .custom()
        .tokenizer("standard")
        .tokenFilters("cjk_width", "lowercase", "ow_cjk_bigram");
    context.tokenFilter("ow_cjk_bigram").type("cjk_bigram").param("output_unigrams", false);
    context
        .analyzer(SearchAnalyzers.PINYIN)
        .custom()
        .tokenizer("whitespace")
        .tokenFilters("lowercase", "ow_syllables");
    context
        .tokenFilter("ow_syllables")
        .type("shingle")
        .param("min_shingle_size", 2)
        .param("max_shingle_size", SearchAnalyzers.MAX_SYLLABLES)
        .param("output_unigrams", true)
        .param("token_separator", "");
    context
        .analyzer(SearchAnalyzers.PREFIX)
        .custom()
        .tokenizer("keyword")
        .tokenFilters("cjk_width", "lowercase", "ow_edge");
    context
        .analyzer(SearchAnalyzers.PINYIN_PREFIX)
        .custom()
        .tokenizer("whitespace")
        .tokenFilters("lowercase", "ow_edge");
    context
        .tokenFilter("ow_edge")
        .type("edge_ngram")
        .param("min_gram", 1)
        .param("max_gram", SearchAnalyzers.MAX_PREFIX)
        .param("preserve_original", true);
    context
        .analyzer(SearchAnalyzers.PREFIX_QUERY)
        .custom()
        .tokenizer("keyword")
        .tokenFilters("cjk_width", "lowercase");
    context.analyzer(SearchAnalyzers.TERMS).custom().tokenizer("whitespace");
  }
}
