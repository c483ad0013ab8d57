package org.onewindow.appcenter.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.onewindow.appcenter.domain.HallLevel;

/** The names halls are recorded with come from the bundle, unchanged from the ones already kept. */
class HallsTest {

  @Test
  void hallNamesAreThePlatformsOwn() {
    assertEquals("国家政务服务平台（国家厅）", Halls.hallName(HallLevel.NATIONAL, ""));
    assertEquals("浙江省分厅", Halls.hallName(HallLevel.PROVINCIAL, "浙江省"));
    assertEquals("公安部部门分厅", Halls.hallName(HallLevel.DEPARTMENTAL, "公安部"));
  }
}
