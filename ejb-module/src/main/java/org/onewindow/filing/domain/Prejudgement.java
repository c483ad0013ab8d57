package org.onewindow.filing.domain;

import java.io.Serializable;
import java.util.List;

/**
 * What the platform says of one checklist item before a reviewer looks: a verdict ({@link
 * Verdict#PENDING} where only a person can judge) and why.
 */
public record Prejudgement(Verdict verdict, List<Finding> findings) implements Serializable {

  public Prejudgement {
    findings = List.copyOf(findings);
  }

  public static Prejudgement pending() {
    return new Prejudgement(Verdict.PENDING, List.of(Finding.of("filing.machine.byReviewer")));
  }
}
