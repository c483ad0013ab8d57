package org.onewindow.matter.domain;

import org.onewindow.common.Labelled;

/**
 * Whom a matter serves (001 6.3.2): natural persons, legal persons and other organisations, or
 * both.
 */
public enum ServiceTarget implements Labelled {
  NATURAL_PERSON,
  LEGAL_PERSON,
  BOTH;

  @Override
  public String labelKey() {
    return "matter.target." + name();
  }

  /** Whether a search for {@code wanted} (one of the two audiences) finds a matter of this one. */
  public boolean serves(ServiceTarget wanted) {
    return this == BOTH || wanted == BOTH || this == wanted;
  }
}
