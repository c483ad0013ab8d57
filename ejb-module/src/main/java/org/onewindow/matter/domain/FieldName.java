package org.onewindow.matter.domain;

import java.io.Serializable;
import org.onewindow.common.Labelled;

/**
 * A field of a matter as messages name it: 「承诺办结时限」 for {@code promised_limit_days}, read in the
 * reader's language from {@code matter.field.<name>}.
 *
 * @param name the field's exchange name (docs/wire-formats.md §6)
 */
public record FieldName(String name) implements Labelled, Serializable {

  @Override
  public String labelKey() {
    return "matter.field." + name;
  }
}
