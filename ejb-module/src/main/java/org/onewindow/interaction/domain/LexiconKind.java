package org.onewindow.interaction.domain;

/**
 * The kinds of words the search lexicon keeps (001 7.4; 000 8.1.2 b–c): a synonym group (政务主题词库,
 * 「身份证」 with 「居民身份证」), a stop word left out of queries, a banned word a query is refused for, a hot
 * word shown on the search page before the counted ones.
 */
public enum LexiconKind {
  SYNONYM,
  STOP,
  BANNED,
  HOT
}
