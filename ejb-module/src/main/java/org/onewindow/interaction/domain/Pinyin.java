package org.onewindow.interaction.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * The pinyin of a text, without tones (pinyin4j's table, Apache-2.0; ADR 0014): a Chinese character
 * becomes its first reading's syllable, a run of Latin letters or digits stays one lower case
 * token, anything else separates. Toneless on purpose: a homophone typed by mistake (社宝 for 社保) has
 * the same syllables, which is how the search forgives it (001 7.4 容错).
 */
public final class Pinyin {

  private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

  static {
    FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
    FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
    FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
  }

  private Pinyin() {}

  /** The syllables (and Latin or digit runs) of {@code text}, in order. */
  public static List<String> syllables(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 128 && Character.isLetterOrDigit(c)) {
        run.append(Character.toLowerCase(c));
        continue;
      }
      flush(run, out);
      String syllable = syllable(c);
      if (syllable != null) {
        out.add(syllable);
      }
    }
    flush(run, out);
    return out;
  }

  /** The syllables separated by spaces: 社保卡 → 「she bao ka」. */
  public static String spaced(String text) {
    return String.join(" ", syllables(text));
  }

  /** The syllables' first letters separated by spaces: 社保卡 → 「s b k」. */
  public static String initials(String text) {
    List<String> initials = new ArrayList<>();
    for (String s : syllables(text)) {
      initials.add(s.substring(0, 1));
    }
    return String.join(" ", initials);
  }

  /** The syllables joined: 社保卡 → 「shebaoka」. */
  public static String joined(String text) {
    return String.join("", syllables(text));
  }

  /** Whether {@code text} is typed pinyin: Latin letters (and spaces) only, two at least. */
  public static boolean isTypedPinyin(String text) {
    String letters = text.replace(" ", "").toLowerCase(Locale.ROOT);
    return letters.length() >= 2 && letters.chars().allMatch(c -> c >= 'a' && c <= 'z');
  }

  /** Whether {@code text} is Latin letters and spaces only (typed pinyin, or a word in English). */
  public static boolean isLatin(String text) {
    return !text.isBlank()
        && text.chars().allMatch(c -> c == ' ' || (c < 128 && Character.isLetter(c)));
  }

  private static void flush(StringBuilder run, List<String> out) {
    if (!run.isEmpty()) {
      out.add(run.toString());
      run.setLength(0);
    }
  }

  private static String syllable(char c) {
    if (!Character.isIdeographic(c)) {
      return null;
    }
    try {
      String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
      return readings == null || readings.length == 0 ? null : readings[0];
    } catch (BadHanyuPinyinOutputFormatCombination e) {
      throw new IllegalStateException(e);
    }
  }
}
