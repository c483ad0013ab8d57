package org.onewindow.filing.domain;

import org.onewindow.common.Labelled;

/**
 * The kinds of install package a filing may carry (000 10.1): an Android APK, an iOS {@code .ipa},
 * a HarmonyOS {@code .hap}, or a mini-program's zip.
 */
public enum PackagePlatform implements Labelled {
  ANDROID,
  IOS,
  HARMONY,
  MINI_PROGRAM;

  @Override
  public String labelKey() {
    return "filing.platform." + name();
  }
}
