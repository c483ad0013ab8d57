package org.onewindow.interaction.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.onewindow.interaction.domain.Pinyin;

/**
 * The index's analyzers run by Lucene itself (ADR 0014; 001 7.4): what each field holds, and that a
 * pinyin query, its initials, a homophone typo and a word the segmenter cuts otherwise all find the
 * name.
 */
class SearchAnalyzersTest {

  @Test
  void wordsAreChineseWordsInLowerCase() throws IOException {
    List<String> words = tokens(SearchAnalyzers.words(), "居民身份证申领 ABC");
    assertTrue(words.contains("居民"), words::toString);
    assertTrue(words.contains("abc"), words::toString);
  }

  @Test
  void bigramsOverlapSoAWordCutByContextIsStillFound() throws IOException {
    // smartcn cuts 不动产登记证明 as 不动产|登记证|明 (DESIGN.md 7): 登记 is not one of its words
    assertFalse(tokens(SearchAnalyzers.words(), "不动产登记证明").contains("登记"));
    assertTrue(tokens(SearchAnalyzers.bigrams(), "不动产登记证明").contains("登记"));
    assertEquals(
        1, hits(SearchAnalyzers.bigrams(), "不动产登记证明", phrase(SearchAnalyzers.bigrams(), "登记")));
  }

  @Test
  void pinyinRunsAndInitialsAreOneTermEach() throws IOException {
    List<String> syllables = tokens(SearchAnalyzers.pinyin(), Pinyin.spaced("社保卡申领"));
    assertTrue(syllables.containsAll(List.of("she", "shebao", "shebaoka", "kashenling")));
    List<String> initials = tokens(SearchAnalyzers.pinyin(), Pinyin.initials("社保卡申领"));
    assertTrue(initials.containsAll(List.of("sb", "sbk", "bksl")), initials::toString);
  }

  @Test
  void shebaoAndSbFindSheBaoAndSoDoesAHomophoneTypo() throws IOException {
    Analyzer pinyin = SearchAnalyzers.pinyin();
    String spaced = Pinyin.spaced("社保卡申领");
    String initials = Pinyin.initials("社保卡申领");
    assertEquals(1, hits(pinyin, spaced, new TermQuery(new Term("f", "shebao"))));
    assertEquals(1, hits(pinyin, initials, new TermQuery(new Term("f", "sb"))));
    // 社宝 typed for 社保: the same toneless syllables (容错)
    assertEquals(1, hits(pinyin, spaced, new TermQuery(new Term("f", Pinyin.joined("社宝")))));
    assertEquals(0, hits(pinyin, spaced, new TermQuery(new Term("f", "gongjijin"))));
  }

  @Test
  void prefixesServeSuggestionsAsOneTypes() throws IOException {
    List<String> prefixes = tokens(SearchAnalyzers.prefix(), "社保卡申领");
    assertTrue(prefixes.containsAll(List.of("社", "社保", "社保卡申领")));
    List<String> pinyin = tokens(SearchAnalyzers.pinyinPrefix(), "shebaokashenling sbksl");
    assertTrue(pinyin.containsAll(List.of("sh", "sheb", "sb", "sbk")));
    assertEquals(List.of("社保卡"), tokens(SearchAnalyzers.prefixQuery(), "社保卡"));
  }

  @Test
  void fullWidthLatinIsFoundAsHalfWidth() throws IOException {
    assertTrue(tokens(SearchAnalyzers.bigrams(), "ＡＢＣ证明").contains("abc"));
  }

  static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(term.toString());
      }
      stream.end();
    }
    return out;
  }

  private static Query phrase(Analyzer analyzer, String text) throws IOException {
    PhraseQuery.Builder phrase = new PhraseQuery.Builder();
    for (String t : tokens(analyzer, text)) {
      phrase.add(new Term("f", t));
    }
    return phrase.build();
  }

  private static int hits(Analyzer analyzer, String indexed, Query query) throws IOException {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
        Document doc = new Document();
        doc.add(new TextField("f", indexed, Field.Store.NO));
        writer.addDocument(doc);
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        return new IndexSearcher(reader).count(query);
      }
    }
  }
}
