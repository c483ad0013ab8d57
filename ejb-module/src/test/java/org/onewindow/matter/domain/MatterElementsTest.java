package org.onewindow.matter.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.MissingInputException;

class MatterElementsTest {

  @Test
  void aCompleteDraftKeepsEveryElementOf001Clause71() {
    MatterElements e = MatterElements.check(Drafts.valid());
    assertEquals("机动车驾驶证补领", e.name());
    assertEquals(MatterType.ADMINISTRATIVE_LICENSING, e.matterType());
    assertTrue(e.matterType().administrativePower());
    assertEquals(ServiceLevel.MUNICIPAL, e.exerciseLevel());
    assertEquals(20, e.statutoryLimitDays());
    assertEquals(1, e.promisedLimitDays());
    assertEquals(HandlingType.PROMISED, e.handlingType());
    assertEquals(List.of(new Material("居民身份证", MaterialForm.PAPER, 1, true)), e.materials());
    assertEquals(Jurisdiction.CROSS_REGION, e.jurisdiction());
    // the draft read back is the same draft
    assertEquals(e, MatterElements.check(e.toDraft()));
  }

  @Test
  void choicesAreReadByNameOrByTheirChineseOrEnglishLabel() {
    MatterElements e =
        MatterElements.check(
            Drafts.builder()
                .set(b -> b.matterType = "行政许可")
                .set(b -> b.exerciseLevel = "county")
                .set(b -> b.target = "Legal persons")
                .build());
    assertEquals(MatterType.ADMINISTRATIVE_LICENSING, e.matterType());
    assertEquals(ServiceLevel.COUNTY, e.exerciseLevel());
    assertEquals(ServiceTarget.LEGAL_PERSON, e.target());
  }

  @Test
  void theRealNameLevelIsThreeByDefaultAndNeverBelowThree() {
    // 001 7.2: handling needs at least level 3 of C 0114-2018 3.1, which defines levels 1 to 4
    assertEquals(3, MatterElements.check(Drafts.valid()).realNameLevel());
    assertEquals(
        4,
        MatterElements.check(Drafts.builder().set(b -> b.realNameLevel = 4).build())
            .realNameLevel());
    assertRefused("realNameLevel", Drafts.builder().set(b -> b.realNameLevel = 2).build());
    assertRefused("realNameLevel", Drafts.builder().set(b -> b.realNameLevel = 5).build());
  }

  @Test
  void aPromiseNeverExceedsTheStatutoryLimitAndAnImmediateMatterPromisesNoDays() {
    // 001 7.1 法定办结时限 / 承诺办结时限 / 办件类型
    assertRefused("promisedLimitDays", Drafts.builder().set(b -> b.promised = 21).build());
    assertRefused("promisedLimitDays", Drafts.builder().set(b -> b.handling = "IMMEDIATE").build());
    assertRefused("promisedLimitDays", Drafts.builder().set(b -> b.promised = 0).build());
    MatterElements immediate =
        MatterElements.check(
            Drafts.builder().set(b -> b.handling = "即办件").set(b -> b.promised = 0).build());
    assertEquals(HandlingType.IMMEDIATE, immediate.handlingType());
  }

  @Test
  void aFeeIsDescribedWhenChargedAndNotAtAllOtherwise() {
    // 001 7.1 是否收费 / 收费标准 / 收费项目名称
    assertRefused("chargeStandard", Drafts.builder().set(b -> b.chargeStandard = "").build());
    assertRefused("charged", Drafts.builder().set(b -> b.charged = null).build());
    assertRefused("chargeStandard", Drafts.builder().set(b -> b.charged = false).build());
    MatterElements free =
        MatterElements.check(
            Drafts.builder()
                .set(b -> b.charged = false)
                .set(b -> b.chargeStandard = null)
                .set(b -> b.chargeItem = " ")
                .build());
    assertEquals("", free.chargeItem());
  }

  @Test
  void theOnlineAddressIsAnHttpOrHttpsUrlWithoutCredentials() {
    // 002 6.3 b: the jump address of the declaration page
    assertRefused("onlineUrl", Drafts.builder().set(b -> b.onlineUrl = "ftp://a.gov.cn/x").build());
    assertRefused(
        "onlineUrl", Drafts.builder().set(b -> b.onlineUrl = "javascript:alert(1)").build());
    assertRefused(
        "onlineUrl", Drafts.builder().set(b -> b.onlineUrl = "https://u:p@a.gov.cn/").build());
    assertRefused("onlineUrl", Drafts.builder().set(b -> b.onlineUrl = "not a url").build());
    assertEquals(
        "", MatterElements.check(Drafts.builder().set(b -> b.onlineUrl = "").build()).onlineUrl());
  }

  @Test
  void theAgencyCarriesAValidCreditCodeAndAKnownDivision() {
    assertRefused(
        "agencyCode", Drafts.builder().set(b -> b.agencyCode = "11100000000013127E").build());
    assertRefused("divisionCode", Drafts.builder().set(b -> b.divisionCode = "999999").build());
  }

  @Test
  void aThemeThatIsNotGivenIsOther() {
    // 001 6.3.4: what fits no theme goes under 其他
    assertEquals(
        ServiceTheme.OTHER,
        MatterElements.check(Drafts.builder().set(b -> b.theme = "").build()).theme());
    assertRefused("theme", Drafts.builder().set(b -> b.theme = "天气").build());
  }

  @Test
  void materialsHaveANameAFormAndOneToNinetyNineCopies() {
    assertRefused(
        "materials[0].name",
        Drafts.builder()
            .set(b -> b.materials = List.of(new MaterialDraft(" ", "PAPER", 1, true)))
            .build());
    assertRefused(
        "materials[0].form",
        Drafts.builder()
            .set(b -> b.materials = List.of(new MaterialDraft("照片", null, 1, true)))
            .build());
    assertRefused(
        "materials[0].copies",
        Drafts.builder()
            .set(b -> b.materials = List.of(new MaterialDraft("照片", "电子", 0, true)))
            .build());
    MatterElements e =
        MatterElements.check(
            Drafts.builder()
                .set(b -> b.materials = List.of(new MaterialDraft("照片", "电子", null, null)))
                .build());
    assertEquals(List.of(new Material("照片", MaterialForm.ELECTRONIC, 1, true)), e.materials());
  }

  @Test
  void aMissingElementIsMissingAndTheMessageNamesIt() {
    InvalidInputException missing =
        assertRefused("name", Drafts.builder().set(b -> b.name = "  ").build());
    assertInstanceOf(MissingInputException.class, missing);
    assertEquals("请填写事项名称", missing.getMessage());
    assertEquals("Please give the matter name", missing.message(Locale.ENGLISH));
    assertRefused(
        "implementationCode", Drafts.builder().set(b -> b.implementationCode = "abc").build());
  }

  private static InvalidInputException assertRefused(String field, MatterDraft draft) {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> MatterElements.check(draft));
    assertEquals(field, e.field(), e.getMessage());
    return e;
  }
}
