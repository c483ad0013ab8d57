package org.onewindow.filing.domain;

import java.util.List;

/** Filing drafts for tests. */
final class TestDrafts {

  private TestDrafts() {}

  /** Every written field given and well formed. */
  static FilingDraft complete() {
    return new FilingDraft(
        "浙里办",
        "政务服务一网通办",
        "首个版本",
        "浙江省大数据发展管理局",
        "浙江省人民政府办公厅",
        "0571-87654321",
        "王建国",
        "13912345678",
        "某科技有限公司",
        "李娜",
        "13812345678",
        "我们只在您同意后使用位置信息。",
        "",
        List.of(new PermissionUse("android.permission.CAMERA", "扫描二维码")),
        "",
        "");
  }
}
