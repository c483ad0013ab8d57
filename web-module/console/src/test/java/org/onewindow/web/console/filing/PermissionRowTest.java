package org.onewindow.web.console.filing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.onewindow.filing.domain.PermissionUse;

/** The form's permission rows (000 10.3 h): a spare empty row declares nothing. */
class PermissionRowTest {

  @Test
  void anEmptyRowIsNoDeclaration() {
    PermissionRow row = new PermissionRow();
    row.setPermission(" ");
    row.setPurpose(null);
    assertTrue(row.blank());
  }

  @Test
  void aFilledRowIsTheDeclaredUseTrimmed() {
    PermissionRow row = new PermissionRow();
    row.setPermission(" android.permission.CAMERA ");
    row.setPurpose("扫码办事 ");
    assertFalse(row.blank());
    assertEquals(new PermissionUse("android.permission.CAMERA", "扫码办事"), row.use());
  }
}
