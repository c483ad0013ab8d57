package org.onewindow.interaction.infrastructure;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzers of the search index (ADR 0014), as plain Lucene analyzers: the local backend
 * registers these instances ({@link LuceneSearchAnalysis}), the unit tests run them directly, and
 * {@link ElasticsearchSearchAnalysis} spells the same chains for a cluster's engine.
 *
 * <ul>
 *   <li>{@link #WORDS}: Chinese words (smartcn's hidden-Markov segmenter), lower case — precision,
 *       and the tokens query-time synonyms work on;
 *   <li>{@link #BIGRAMS}: overlapping pairs of Chinese characters — recall where the segmenter
 *       splits by context (不动产登记证明 → 不动产|登记证|明 misses 登记; its bigrams do not);
 *   <li>{@link #PINYIN}: the pinyin syllables the application writes (pinyin4j), joined in runs of
 *       up to {@link #MAX_SYLLABLES}: 「she bao ka」 gives she, shebao, shebaoka, bao, … so that a
 *       whole typed 「shebao」 or its initials 「sb」 is one term, and a homophone typo (社宝) finds 社保;
 *   <li>{@link #PREFIX} and {@link #PINYIN_PREFIX}: the edge n-grams of a name and of its pinyin,
 *       for suggestions as a person types; {@link #PREFIX_QUERY} leaves the typed text whole.
 * </ul>
 */
public final class SearchAnalyzers {

  public static final String WORDS = "ow_words";
  public static final String BIGRAMS = "ow_bigrams";
  public static final String PINYIN = "ow_pinyin";
  public static final String PREFIX = "ow_prefix";
  public static final String PINYIN_PREFIX = "ow_pinyin_prefix";
  public static final String PREFIX_QUERY = "ow_prefix_query";
  public static final String TERMS = "ow_terms";

  /** The longest run of syllables the pinyin field joins into one term. */
  public static final int MAX_SYLLABLES = 6;

  /** The longest typed prefix a suggestion field keeps. */
  public static final int MAX_PREFIX = 24;

  private SearchAnalyzers() {}

  /** Chinese words, lower case. */
  public static Analyzer words() {
    SmartcnDictionaries.load();
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new HMMChineseTokenizer();
        return new TokenStreamComponents(source, new LowerCaseFilter(source));
      }
    };
  }

  /** Overlapping character pairs of Chinese runs; Latin words and numbers whole, lower case. */
  public static Analyzer bigrams() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new CJKWidthFilter(source);
        stream = new LowerCaseFilter(stream);
        return new TokenStreamComponents(source, new CJKBigramFilter(stream));
      }
    };
  }

  /** Space-separated syllables joined in runs of one to {@link #MAX_SYLLABLES}. */
  public static Analyzer pinyin() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new WhitespaceTokenizer();
        ShingleFilter shingles = new ShingleFilter(new LowerCaseFilter(source), 2, MAX_SYLLABLES);
        shingles.setTokenSeparator("");
        shingles.setOutputUnigrams(true);
        return new TokenStreamComponents(source, shingles);
      }
    };
  }

  /** The whole text's prefixes, lower case (a name as typed from its start). */
  public static Analyzer prefix() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new KeywordTokenizer();
        TokenStream stream = new LowerCaseFilter(new CJKWidthFilter(source));
        return new TokenStreamComponents(
            source, new EdgeNGramTokenFilter(stream, 1, MAX_PREFIX, true));
      }
    };
  }

  /** Each space-separated word's prefixes, lower case (joined pinyin, initials). */
  public static Analyzer pinyinPrefix() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new WhitespaceTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        return new TokenStreamComponents(
            source, new EdgeNGramTokenFilter(stream, 1, MAX_PREFIX, true));
      }
    };
  }

  /** The typed text whole, lower case: what a prefix field is searched with. */
  public static Analyzer prefixQuery() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new KeywordTokenizer();
        return new TokenStreamComponents(source, new LowerCaseFilter(new CJKWidthFilter(source)));
      }
    };
  }

  /** Space-separated terms as they are (division codes and their parents). */
  public static Analyzer terms() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        return new TokenStreamComponents(new WhitespaceTokenizer());
      }
    };
  }
}
