package org.onewindow.casework.domain;

/** Who applied (001 7.3: 自然人、法人和其他组织). */
public enum ApplicantType {
  /** 自然人: identified by an identity document. */
  NATURAL_PERSON,
  /** 法人 or 其他组织: identified by its unified social credit code (GB 32100). */
  LEGAL_PERSON
}
