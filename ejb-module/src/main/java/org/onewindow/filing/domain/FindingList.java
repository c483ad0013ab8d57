package org.onewindow.filing.domain;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.onewindow.common.Labelled;
import org.onewindow.common.Messages;

/**
 * Findings as one argument of a message, read in the reader's language when the message is shown (a
 * refused upgrade's reasons, 000 10.3 c).
 *
 * @param findings the findings, in order
 */
public record FindingList(List<Finding> findings) implements Labelled, Serializable {

  public FindingList {
    findings = List.copyOf(findings);
  }

  @Override
  public String labelKey() {
    return "filing.list.separator";
  }

  @Override
  public String label(Locale locale) {
    String separator = Messages.text("filing.findings.separator", locale);
    return findings.stream().map(f -> f.text(locale)).collect(Collectors.joining(separator));
  }
}
