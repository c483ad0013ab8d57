package org.onewindow.filing.domain;

import java.io.Serializable;
import org.onewindow.common.Labelled;

/**
 * A filing field's name as a message argument, read in the reader's language (「主管联系电话」, "the
 * supervisor's phone").
 *
 * @param field the field's name in the API ({@code supervisorPhone})
 */
public record FieldLabel(String field) implements Labelled, Serializable {

  @Override
  public String labelKey() {
    return Completeness.key(field);
  }
}
