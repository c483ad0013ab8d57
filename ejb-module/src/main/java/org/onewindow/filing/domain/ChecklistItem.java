package org.onewindow.filing.domain;

import org.onewindow.common.EnumNames;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.Labelled;

/**
 * The review checklist of 000 10.3 (001 9.4), items a) to i), each judged pass, fail or not
 * applicable by a filing reviewer. The platform pre-judges what it can read from the filing: a)
 * completeness, c) the upgrade path, f) the login-failure wording when a test account is given, h)
 * the requested permissions against the declared uses, i) the privacy policy's presence.
 */
public enum ChecklistItem implements Labelled {
  /** 备案信息应完整. */
  A,
  /** 无网络、弱网、超时、交换失败与回调失败时的友好处理. */
  B,
  /** 应支持跨版本升级. */
  C,
  /** 消息应按指定的业务规则发送. */
  D,
  /** 界面适应不同屏幕与横竖屏切换. */
  E,
  /** 登录失败提示为“用户名或密码不正确”. */
  F,
  /** 对非法输入或操作有清晰的提示、警告或错误说明. */
  G,
  /** 未经同意或告知不得传输用户数据. */
  H,
  /** 应提供隐私条款说明. */
  I;

  @Override
  public String labelKey() {
    return "filing.checklist." + name();
  }

  /** The item's letter as the standard writes it: {@code a} … {@code i}. */
  public String letter() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * An item as the API and the console name it: its letter, either case.
   *
   * @throws InvalidInputException for anything else
   */
  public static ChecklistItem parse(String text) {
    return EnumNames.lookup(ChecklistItem.class, text)
        .orElseThrow(() -> InvalidInputException.keyed("item", "filing.checklist.unknown"));
  }
}
