package org.onewindow.matter.domain;

import org.onewindow.common.Labelled;

/**
 * Where an approved version of an implementation-list item stands for the public: the one version
 * in force ({@link #PUBLISHED}), replaced by a later approved version ({@link #SUPERSEDED}, still
 * readable in the history), or taken out of the list ({@link #WITHDRAWN}).
 */
public enum Publication implements Labelled {
  PUBLISHED,
  SUPERSEDED,
  WITHDRAWN;

  @Override
  public String labelKey() {
    return "matter.publication." + name();
  }
}
