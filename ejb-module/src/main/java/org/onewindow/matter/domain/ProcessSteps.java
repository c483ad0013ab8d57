package org.onewindow.matter.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * 办理流程 (001 7.1) as the steps a citizen follows: the list keeps the process as one text, written
 * one step a line or as a run of steps separated by enumeration commas, semicolons or arrows
 * (申请、受理、 审核、发证). Arabic numbering the writer put in (1. or (1) or 1、) is dropped: the page numbers
 * the steps itself.
 */
public final class ProcessSteps {

  /** More steps than this is a paragraph, not a process: shown as one step. */
  static final int MAX_STEPS = 30;

  private static final Pattern LINES = Pattern.compile("\\R+");

  /** The enumeration comma, commas, semicolons (full and half width), arrows and dashes. */
  private static final Pattern SEPARATORS =
      Pattern.compile("\\s*(?:\u3001|\uff0c|,|\uff1b|;|\u2192|->|\uff1e|>|[\u2014\u2015]+)\\s*");

  /** 1. 1) 1、 (1) and their full-width forms at the start of a step. */
  private static final Pattern NUMBERING =
      Pattern.compile("^(?:[(\uff08]\\d+[)\uff09]|\\d+[\u3001.\uff0e)\uff09])\\s*");

  private ProcessSteps() {}

  /** The steps of {@code process}, in order; empty for a blank text. */
  public static List<String> of(String process) {
    if (process == null || process.isBlank()) {
      return List.of();
    }
    List<String> lines = nonBlank(LINES.split(process.strip()));
    List<String> steps = lines.size() > 1 ? lines : nonBlank(SEPARATORS.split(lines.get(0)));
    List<String> cleaned = new ArrayList<>();
    for (String step : steps) {
      String text = NUMBERING.matcher(step).replaceFirst("").strip();
      if (!text.isEmpty()) {
        cleaned.add(text);
      }
    }
    if (cleaned.isEmpty() || cleaned.size() > MAX_STEPS) {
      return List.of(process.strip());
    }
    return List.copyOf(cleaned);
  }

  private static List<String> nonBlank(String[] parts) {
    List<String> kept = new ArrayList<>();
    for (String part : parts) {
      if (!part.isBlank()) {
        kept.add(part.strip());
      }
    }
    return kept;
  }
}
