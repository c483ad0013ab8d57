package org.onewindow.common;

import java.util.ArrayList;
import java.util.List;

/**
 * The string literals of a Java source file, with comments skipped (a quote in a comment starts
 * nothing) and escapes read. Enough for the bundle tests: text blocks count as one literal each.
 */
final class JavaLiterals {

  private JavaLiterals() {}

  static List<String> of(String source) {
    List<String> literals = new ArrayList<>();
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
        i = source.indexOf('\n', i);
        i = i < 0 ? n : i;
      } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
        i = source.indexOf("*/", i + 2);
        i = i < 0 ? n : i + 2;
      } else if (source.startsWith("\"\"\"", i)) {
        int end = source.indexOf("\"\"\"", i + 3);
        end = end < 0 ? n : end;
        literals.add(source.substring(i + 3, end));
        i = end + 3;
      } else if (c == '"' || c == '\'') {
        StringBuilder text = new StringBuilder();
        i++;
        while (i < n && source.charAt(i) != c) {
          if (source.startsWith("\\u", i) && i + 6 <= n) {
            text.append((char) Integer.parseInt(source.substring(i + 2, i + 6), 16));
            i += 6;
          } else if (source.charAt(i) == '\\' && i + 1 < n) {
            text.append(source.charAt(i + 1)); // the escaped character itself: enough here
            i += 2;
          } else {
            text.append(source.charAt(i++));
          }
        }
        i++;
        if (c == '"') {
          literals.add(text.toString());
        }
      } else {
        i++;
      }
    }
    return literals;
  }
}
