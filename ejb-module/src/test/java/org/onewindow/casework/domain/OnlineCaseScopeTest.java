package org.onewindow.casework.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.onewindow.common.DutySeparationException;
import org.onewindow.common.NotFoundException;

/** Only the implementing unit handles its online cases (001 7.3; 000 8.2.4 unit scope). */
class OnlineCaseScopeTest {

  @Test
  void aMemberOfTheImplementingUnitSeesAndActs() {
    OnlineCaseScope scope = OnlineCaseScope.ofUnit("北京市公安局");
    assertTrue(scope.acts("北京市公安局"));
    scope.checkActs("北京市公安局");
    assertEquals("北京市公安局", scope.listedUnit());
  }

  @Test
  void anotherUnitsCaseDoesNotExistForTheCaller() {
    OnlineCaseScope scope = OnlineCaseScope.ofUnit("北京市民政局");
    assertFalse(scope.sees("北京市公安局"));
    assertThrows(NotFoundException.class, () -> scope.checkSees("北京市公安局"));
    assertThrows(NotFoundException.class, () -> scope.checkActs("北京市公安局"));
  }

  @Test
  void aMemberOfNoUnitSeesNothing() {
    OnlineCaseScope scope = OnlineCaseScope.ofUnit(" ");
    assertFalse(scope.sees(""));
    assertThrows(NotFoundException.class, () -> scope.checkActs(""));
    assertEquals("", scope.listedUnit());
  }

  @Test
  void aPlatformAdministratorReadsEveryUnitsCasesButActsOnNone() {
    OnlineCaseScope scope = OnlineCaseScope.platformReader("");
    assertNull(scope.listedUnit());
    assertTrue(scope.sees("北京市公安局"));
    assertThrows(DutySeparationException.class, () -> scope.checkActs("北京市公安局"));
  }

  @Test
  void aPlatformAdministratorOfAUnitActsForThatUnitOnly() {
    OnlineCaseScope scope = OnlineCaseScope.platformReader("北京市公安局");
    scope.checkActs("北京市公安局");
    assertThrows(DutySeparationException.class, () -> scope.checkActs("北京市民政局"));
  }
}
