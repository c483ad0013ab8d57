package org.onewindow.appcenter.domain;

import java.util.Optional;

/**
 * The administrative divisions an interface may name (C 0109.1-2018 4.3, after GB/T 2260):
 * six-digit codes of provinces, prefectures and counties, each with its name.
 */
public interface DivisionTable {

  /** The division's name, or empty when the code is not a division of the table. */
  Optional<String> nameOf(String code);
}
