package org.onewindow.matter.service;

import java.io.Serializable;
import java.util.Locale;
import org.onewindow.common.Localized;
import org.onewindow.matter.domain.Material;
import org.onewindow.matter.domain.MaterialForm;

/**
 * One material of the 材料目录 (001 7.1).
 *
 * @param name the material
 * @param form its form
 * @param formLabel the form in the reader's language
 * @param copies how many copies
 * @param required whether it must be handed in
 */
public record MaterialView(
    String name, MaterialForm form, String formLabel, int copies, boolean required)
    implements Localized<MaterialView>, Serializable {

  static MaterialView of(Material m) {
    return new MaterialView(m.getName(), m.getForm(), "", m.getCopies(), m.isRequired());
  }

  @Override
  public MaterialView in(Locale locale) {
    return new MaterialView(name, form, form.label(locale), copies, required);
  }
}
