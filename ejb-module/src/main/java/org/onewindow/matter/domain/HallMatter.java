package org.onewindow.matter.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * A matter a service hall handles (000 8.1.2 i: the offline channel of a matter): its code as the
 * implementation list or the basic catalogue writes it, and its name as the hall's unit states it.
 */
@Embeddable
public class HallMatter {

  @Column(name = "matter_code", nullable = false, length = 64)
  private String code;

  @Column(name = "matter_name", nullable = false, length = 200)
  private String name;

  protected HallMatter() {
    // for JPA
  }

  public HallMatter(String code, String name) {
    this.code = code;
    this.name = name;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof HallMatter m && m.code.equals(code);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code);
  }
}
