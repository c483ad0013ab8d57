package org.onewindow.filing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onewindow.common.InvalidInputException;

/** 000 10.2: the responsible units' phone numbers, mobile or landline with an area code. */
class PhoneNumbersTest {

  @Test
  void mobileNumbersAreKeptAsDigits() {
    assertEquals("13912345678", PhoneNumbers.checked("supervisorPhone", "139 1234 5678"));
    assertEquals("13912345678", PhoneNumbers.checked("supervisorPhone", "+86 139-1234-5678"));
  }

  @Test
  void landlinesNeedTheirAreaCode() {
    assertEquals("010-62345678", PhoneNumbers.checked("p", "010-62345678"));
    assertEquals("0571-8765432", PhoneNumbers.checked("p", "0571-8765432"));
    assertEquals("0571-87654321-123", PhoneNumbers.checked("p", "0571-87654321-123"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "12345678",
        "010-12345678",
        "1391234567",
        "139123456789",
        "23912345678",
        "010-1234",
        "abc",
        "110"
      })
  void anythingElseIsRefusedNamingTheField(String text) {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class, () -> PhoneNumbers.checked("supervisorPhone", text));
    assertEquals("supervisorPhone", refused.field());
    assertFalse(PhoneNumbers.isValid(text));
    String message = refused.message(Locale.CHINA);
    assertEquals(true, message.startsWith("主管联系电话格式不正确"), message);
  }
}
