package org.onewindow.matter.domain;

import org.onewindow.common.Labelled;

/**
 * The navigation by service theme (001 6.3.4, after C 0109.2-2018 9.16 and 9.17, which the seeds do
 * not carry): the themes people and enterprises look for most; a matter that fits none is {@link
 * #OTHER}, as 6.3.4 asks.
 */
public enum ServiceTheme implements Labelled {
  BIRTH_AND_ADOPTION,
  HOUSEHOLD_REGISTRATION,
  EDUCATION,
  EMPLOYMENT,
  SOCIAL_SECURITY,
  MEDICAL_AND_HEALTH,
  TRANSPORT,
  HOUSING,
  MARRIAGE,
  ENTRY_AND_EXIT,
  CIVIL_AFFAIRS,
  PUBLIC_SAFETY,
  ESTABLISHMENT_AND_CHANGE,
  PERMITS_AND_OPERATION,
  TAXATION,
  CONSTRUCTION_AND_PLANNING,
  LAND_AND_RESOURCES,
  QUALIFICATIONS,
  OTHER;

  @Override
  public String labelKey() {
    return "matter.theme." + name();
  }
}
