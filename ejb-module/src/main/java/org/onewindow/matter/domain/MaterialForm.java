package org.onewindow.matter.domain;

import org.onewindow.common.Labelled;

/** In which form a material of the 材料目录 is handed in (001 7.1): paper, electronic, or both. */
public enum MaterialForm implements Labelled {
  PAPER,
  ELECTRONIC,
  PAPER_AND_ELECTRONIC;

  @Override
  public String labelKey() {
    return "matter.materialForm." + name();
  }
}
