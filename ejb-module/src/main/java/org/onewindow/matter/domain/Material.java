package org.onewindow.matter.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;

/** One checked material of an implementation-list item's 材料目录 (001 7.1). */
@Embeddable
public class Material implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int MAX_NAME = 200;
  public static final int MAX_COPIES = 99;

  @Column(name = "name", nullable = false, length = MAX_NAME)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "form", nullable = false, length = 24)
  private MaterialForm form;

  @Column(name = "copies", nullable = false)
  private int copies;

  @Column(name = "required", nullable = false)
  private boolean required;

  protected Material() {
    // for JPA
  }

  public Material(String name, MaterialForm form, int copies, boolean required) {
    this.name = name;
    this.form = form;
    this.copies = copies;
    this.required = required;
  }

  public String getName() {
    return name;
  }

  public MaterialForm getForm() {
    return form;
  }

  public int getCopies() {
    return copies;
  }

  public boolean isRequired() {
    return required;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Material m
        && m.name.equals(name)
        && m.form == form
        && m.copies == copies
        && m.required == required;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, form, copies, required);
  }
}
