package org.onewindow.web.console.appcenter;

import java.io.Serializable;
import org.onewindow.appcenter.domain.ParameterDefinition;
import org.onewindow.appcenter.domain.ParameterType;

/** One editable row of a parameter table in the registration form. */
public class ParameterRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private String name;
  private boolean required = true;
  private String type = "string";
  private String description;

  public ParameterRow() {}

  static ParameterRow of(ParameterDefinition definition) {
    ParameterRow row = new ParameterRow();
    row.name = definition.name();
    row.required = definition.required();
    row.type = definition.type().wireName();
    row.description = definition.description();
    return row;
  }

  /** Blank rows (added but never filled in) are left out rather than refused. */
  boolean isBlank() {
    return (name == null || name.isBlank()) && (description == null || description.isBlank());
  }

  ParameterDefinition toDefinition() {
    return ParameterDefinition.of(name, required, ParameterType.parse(type, name), description);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public boolean isRequired() {
    return required;
  }

  public void setRequired(boolean required) {
    this.required = required;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
