package org.onewindow.web.console.matter;

import java.io.Serializable;

/** One editable row of the form's 材料目录. */
public class MaterialRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private String name = "";
  private String form = "PAPER";
  private Integer copies = 1;
  private boolean required = true;

  public MaterialRow() {
    // an empty row
  }

  MaterialRow(String name, String form, Integer copies, boolean required) {
    this.name = name;
    this.form = form;
    this.copies = copies;
    this.required = required;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getForm() {
    return form;
  }

  public void setForm(String form) {
    this.form = form;
  }

  public Integer getCopies() {
    return copies;
  }

  public void setCopies(Integer copies) {
    this.copies = copies;
  }

  public boolean isRequired() {
    return required;
  }

  public void setRequired(boolean required) {
    this.required = required;
  }
}
