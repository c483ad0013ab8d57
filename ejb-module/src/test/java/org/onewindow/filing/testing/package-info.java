/**
 * Install packages built on purpose for the filing's tests, here and in the EAR's integration tests
 * (ejb-module publishes its test classes as a {@code test-jar}): compiled Android manifests ({@link
 * org.onewindow.filing.testing.BinaryManifest}), APKs signed with apksig under keys the tests
 * generate ({@link org.onewindow.filing.testing.AndroidPackages}, {@link
 * org.onewindow.filing.testing.TestSigner}), and the AOSP test APKs of {@code shared/testdata/apk}
 * ({@link org.onewindow.filing.testing.AospTestApks}).
 */
package org.onewindow.filing.testing;
