package org.onewindow.filing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The upgrade rule of 000 10.3 c on package facts made by hand. */
class UpgradePathTest {

  private static final SigningCertificate A = certificate('a');
  private static final SigningCertificate B = certificate('b');
  private static final SigningCertificate C = certificate('c');

  @Test
  void aFirstFilingHasNothingToCompare() {
    UpgradePath.Review review = UpgradePath.review(null, android("gov.app", 1, List.of(A)));

    assertEquals(List.of(UpgradeFinding.FIRST_FILING), review.findings());
    assertTrue(review.passed());
  }

  @Test
  void aLaterVersionOfTheSamePackageAndSignerPasses() {
    UpgradePath.Review review =
        UpgradePath.review(android("gov.app", 1, List.of(A)), android("gov.app", 2, List.of(A)));

    assertEquals(
        List.of(
            UpgradeFinding.SAME_PACKAGE, UpgradeFinding.VERSION_GREW, UpgradeFinding.SAME_SIGNER),
        review.findings());
    assertTrue(review.passed());
    assertEquals(List.of(), review.failures());
  }

  @Test
  void theSameOrALowerVersionCodeFails() {
    PackageFacts approved = android("gov.app", 5, List.of(A));

    for (long code : new long[] {5, 4, -1}) {
      UpgradePath.Review review =
          UpgradePath.review(approved, android("gov.app", code, List.of(A)));
      assertEquals(UpgradeFinding.VERSION_NOT_GREATER, review.findings().get(1));
      assertFalse(review.passed());
    }
  }

  @Test
  void anotherPackageNameFails() {
    UpgradePath.Review review =
        UpgradePath.review(android("gov.app", 1, List.of(A)), android("gov.other", 2, List.of(A)));

    assertEquals(UpgradeFinding.PACKAGE_CHANGED, review.findings().get(0));
    assertEquals(
        "包名 gov.other 与已备案版本的 gov.app 不一致，升级须保持包名不变",
        review.failures().get(0).message().in(Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void anotherCertificateFailsUnlessALineageFromTheApprovedOneVouchesForIt() {
    PackageFacts approved = android("gov.app", 1, List.of(A));

    assertEquals(
        UpgradeFinding.SIGNER_CHANGED,
        UpgradePath.review(approved, android("gov.app", 2, List.of(B))).findings().get(2));
    assertEquals(
        UpgradeFinding.SIGNER_ROTATED,
        UpgradePath.review(approved, rotated("gov.app", 2, B, List.of(A, B))).findings().get(2));
    assertEquals(
        UpgradeFinding.SIGNER_CHANGED,
        UpgradePath.review(approved, rotated("gov.app", 2, C, List.of(B, C))).findings().get(2));
  }

  @Test
  void signerSetsMustMatchAndAnUnsignedCandidateFails() {
    PackageFacts two = android("gov.app", 1, List.of(A, B));

    assertEquals(
        UpgradeFinding.SAME_SIGNER,
        UpgradePath.review(two, android("gov.app", 2, List.of(B, A))).findings().get(2));
    assertEquals(
        UpgradeFinding.SIGNER_CHANGED,
        UpgradePath.review(two, android("gov.app", 2, List.of(A))).findings().get(2));
    assertEquals(
        UpgradeFinding.SIGNER_CHANGED,
        UpgradePath.review(android("gov.app", 1, List.of(A)), android("gov.app", 2, List.of()))
            .findings()
            .get(2));
  }

  @Test
  void packagesWithoutVersionNumbersOrSignersLeaveThoseToTheReviewer() {
    PackageFacts approved = other(PackagePlatform.MINI_PROGRAM, "wx123", 0, "1.0");
    PackageFacts candidate = other(PackagePlatform.MINI_PROGRAM, "wx123", 0, "1.1");

    UpgradePath.Review review = UpgradePath.review(approved, candidate);

    assertEquals(
        List.of(
            UpgradeFinding.SAME_PACKAGE,
            UpgradeFinding.VERSION_UNNUMBERED,
            UpgradeFinding.NO_SIGNER),
        review.findings());
    assertTrue(review.passed());
    assertEquals(
        "The package has no numeric version: compare the versions by hand (1.1; approved: 1.0)",
        review.checks().get(1).message().in(Locale.ENGLISH));
  }

  @Test
  void anotherKindOfPackageFails() {
    UpgradePath.Review review =
        UpgradePath.review(
            other(PackagePlatform.HARMONY, "gov.app", 1, "1"), android("gov.app", 2, List.of(A)));

    assertEquals(UpgradeFinding.PLATFORM_CHANGED, review.findings().get(0));
    assertEquals(
        "The package kind (Android package (APK)) differs from the approved version's"
            + " (HarmonyOS package (HAP))",
        review.failures().get(0).message().in(Locale.ENGLISH));
  }

  @Test
  void versionCodesAreQuotedWithoutDigitGrouping() {
    UpgradePath.Review review =
        UpgradePath.review(
            android("gov.app", 4294967321L, List.of(A)), android("gov.app", 10, List.of(A)));

    assertEquals(
        "Version code 10 is not greater than the approved version's 4294967321; an upgrade must"
            + " increase it",
        review.failures().get(0).message().in(Locale.ENGLISH));
  }

  private static PackageFacts android(String name, long code, List<SigningCertificate> signers) {
    return new PackageFacts(
        PackagePlatform.ANDROID,
        name,
        code,
        "v" + code,
        24,
        34,
        List.of(),
        List.of(2),
        signers,
        List.of());
  }

  private static PackageFacts rotated(
      String name, long code, SigningCertificate signer, List<SigningCertificate> lineage) {
    return new PackageFacts(
        PackagePlatform.ANDROID,
        name,
        code,
        "v" + code,
        28,
        34,
        List.of(),
        List.of(3),
        List.of(signer),
        lineage);
  }

  private static PackageFacts other(PackagePlatform platform, String name, long code, String v) {
    return new PackageFacts(
        platform, name, code, v, null, null, List.of(), List.of(), List.of(), List.of());
  }

  private static SigningCertificate certificate(char digit) {
    return new SigningCertificate(
        "CN=" + digit,
        String.valueOf(digit).repeat(64),
        String.valueOf(digit).repeat(64),
        Instant.parse("2049-12-31T23:59:59Z"));
  }
}
