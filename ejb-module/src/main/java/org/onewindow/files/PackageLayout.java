package org.onewindow.files;

/**
 * What {@link PackageInspector} requires inside a zip package of a {@link FileKind}, or that the
 * kind is no package at all (an image, checked by {@link ImageInspector}).
 */
public enum PackageLayout {
  /** Not a package: an image whose dimensions are checked instead. */
  NONE,
  /** An H5 light app: {@code index.html} at the root or in the single top-level folder. */
  H5,
  /** An Android package: {@code AndroidManifest.xml} and {@code classes.dex} at the root. */
  APK,
  /**
   * Any zip archive whose contents its capability reads itself (an iOS {@code .ipa}, a HarmonyOS
   * {@code .hap}, a mini-program): only the walk's limits apply, no entry point is required.
   */
  ARCHIVE
}
