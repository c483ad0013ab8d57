package org.onewindow.appcenter.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** How a {@link ParameterDefinition} is kept in its table (an embeddable JPA can map). */
@Embeddable
public class StoredParameter {

  @Column(name = "name", nullable = false, length = 64)
  private String name;

  @Column(name = "required", nullable = false)
  private boolean required;

  @Enumerated(EnumType.STRING)
  @Column(name = "type", nullable = false, length = 16)
  private ParameterType type;

  @Column(name = "description", nullable = false, length = ParameterDefinition.MAX_DESCRIPTION)
  private String description;

  protected StoredParameter() {
    // for JPA
  }

  StoredParameter(ParameterDefinition definition) {
    this.name = definition.name();
    this.required = definition.required();
    this.type = definition.type();
    this.description = definition.description();
  }

  ParameterDefinition toDefinition() {
    return new ParameterDefinition(name, required, type, description);
  }
}
