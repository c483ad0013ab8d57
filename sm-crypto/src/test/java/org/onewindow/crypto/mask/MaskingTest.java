package org.onewindow.crypto.mask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.onewindow.crypto.mask.MaskAssertions.assertHidesAtLeastHalf;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaskingTest {

  /** Every masking method, by name, for the tests that hold for all of them. */
  static final Map<String, UnaryOperator<String>> ALL =
      Map.of(
          "name", Masking::name,
          "idNumber", Masking::idNumber,
          "mobile", Masking::mobile,
          "landline", Masking::landline,
          "bankCard", Masking::bankCard,
          "address", Masking::address,
          "email", Masking::email);

  @Test
  void theStandardsExamples() {
    // 000 9.4.5, 示例8: 姓名 姓**, 证件号码 1101**************, 手机号码 1390*******.
    assertEquals("张*", Masking.name("张三"));
    assertEquals("欧***", Masking.name("欧阳娜娜"));
    assertEquals("1101**************", Masking.idNumber("110101199003074514"));
    assertEquals("1101**************", Masking.idNumber("11010519491231002X"));
    assertEquals("1390*******", Masking.mobile("13900001234"));
  }

  @ParameterizedTest
  @CsvSource({"张, *", "李小龙, 李**", "司马相如, 司***", "John Smith, J*********", "𠈌三, 𠈌*"})
  void namesKeepOnlyTheirFirstCharacter(String name, String masked) {
    // 000 9.4.5, 示例8: 姓**. A surname outside the BMP is one character, not two.
    assertEquals(masked, Masking.name(name));
  }

  @ParameterizedTest
  @CsvSource({"110101490101451, 110************", "A1234567, A1******", "12, **"})
  void idNumbersOfOtherLengthsKeepAtMostTheirFirstQuarter(String number, String masked) {
    assertEquals(masked, Masking.idNumber(number));
  }

  @ParameterizedTest
  @CsvSource({
    "+8613900001234, +861390*******",
    "8613900001234, 861390*******",
    "008613900001234, 0086139********", // 0086 counts: 8 shown would be more than half
    "'+86 139 0000 1234', '+86 139 0*** ****'",
    "139-0000-1234, 139-0***-****",
    "12345678, 12******"
  })
  void mobilesToleratePrefixesAndSeparators(String number, String masked) {
    assertEquals(masked, Masking.mobile(number));
  }

  @ParameterizedTest
  @CsvSource({
    "010-12345678, 010-******78",
    "0571-87654321, 0571-******21",
    "0571-1234567, 0571-*******", // keeping 2 more would hide only 5 of 11 digits
    "(021) 62345678, (021) ******78",
    "87654321, ******21"
  })
  void landlinesKeepTheAreaCodeAndHideAtLeastHalf(String number, String masked) {
    assertEquals(masked, Masking.landline(number));
  }

  @ParameterizedTest
  @CsvSource({
    "6222021234567894, 6222********7894",
    "6217000012345678907, 6217***********8907",
    "'6222 0212 3456 7894', '6222 **** **** 7894'",
    "622202123456, 622******456", // 4 + 4 would show 8 of 12
    "123456, 12***6"
  })
  void bankCardsKeepFirstAndLastFourOnlyWhenThatHidesHalf(String number, String masked) {
    assertEquals(masked, Masking.bankCard(number));
  }

  @ParameterizedTest
  @CsvSource({
    "北京市朝阳区建国路88号, 北京市朝阳区******",
    "上海市浦东新区张江路, 上海市*******",
    "浙江省杭州市西湖区文三路90号, 浙江省杭州市*********",
    "内蒙古自治区呼和浩特市新城区, 内蒙古自治区********",
    "北京市, 北**",
    "1600 Amphitheatre Parkway, 1600 Am********** *******"
  })
  void addressesKeepTheAdministrativePartUpToSixCharacters(String address, String masked) {
    assertEquals(masked, Masking.address(address));
  }

  @ParameterizedTest
  @CsvSource({
    "zhangsanfeng@example.com, z***********@example.com",
    // The domain's letters count too: hiding the local part alone would hide 7 of 18, 1 of 8.
    "zhangsan@example.com, z*******@*******.com",
    "zs@163.com, z*@***.com",
    "a@qq.com, *@**.com",
    "zhang.san@example.com, z********@*******.com",
    "a@b, *@b",
    "not-an-email, no*-**-*****"
  })
  void emailsKeepTheFirstLetterAndAsMuchOfTheDomainAsHalfAllows(String email, String masked) {
    assertEquals(masked, Masking.email(email));
  }

  @Test
  void nullStaysNullAndBlankStaysAsItIs() {
    ALL.forEach(
        (kind, mask) -> {
          assertNull(mask.apply(null), kind);
          assertEquals("", mask.apply(""), kind);
          assertEquals("  \t", mask.apply("  \t"), kind);
        });
  }

  @Test
  void everyKindHidesAtLeastHalfOfAnyValue() {
    // 000 9.4.5: 脱敏范围应不少于 50% — also for values the rules were not written for.
    List<String> values =
        List.of(
            "张",
            "ab",
            "a1",
            "1",
            "@@",
            "a@b",
            "+86",
            "0-1",
            "010",
            "0571-123",
            "北京",
            "x@example.com",
            "13900001234",
            "110101199003074514",
            "6222021234567894",
            "北京市朝阳区建国路88号",
            "***",
            "a*b",
            "zhang.san+tag@mail.example.com.cn",
            "Ω≈ç√∫",
            "𠈌𠈌𠈌");
    ALL.forEach(
        (kind, mask) -> values.forEach(value -> assertHidesAtLeastHalf(value, mask.apply(value))));
  }
}
