package org.onewindow.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The codes keep the exact wording of 003 Annex A, table A.1 (接口响应码定义列表): integrators match on
 * them. 11001 (A 类业务错误码 range) is the platform's own.
 */
class ResponseCodeTest {

  private static final Map<Integer, String> TABLE_A1 =
      Map.ofEntries(
          Map.entry(0, "返回成功"),
          Map.entry(10000, "系统业务繁忙"),
          Map.entry(10019, "系统业务繁忙，建议稍后重试"),
          Map.entry(10005, "授权码无效"),
          Map.entry(10007, "数字政务 token 已过期"),
          Map.entry(10008, "用户未授权"),
          Map.entry(20000, "参数错误"),
          Map.entry(20001, "服务器拒绝请求"),
          Map.entry(20002, "请求方法不支持"),
          Map.entry(20003, "参数不能为空"),
          Map.entry(20004, "参数解密失败"),
          Map.entry(20404, "404"),
          Map.entry(30000, "第三方接口请求失败"),
          Map.entry(30001, "三方系统超时"),
          Map.entry(30002, "三方系统连接超时"),
          Map.entry(30003, "三方系统读取超时"),
          Map.entry(30011, "三方系统数据解析失败"),
          Map.entry(30013, "返回非 200 响应码"));

  @Test
  void everyCodeOfTableA1ReadsAsTheTableSays() {
    for (ResponseCode code : ResponseCode.values()) {
      if (code != ResponseCode.DUPLICATE) {
        assertEquals(TABLE_A1.get(code.code()), code.message(), "code " + code.code());
      }
    }
    assertEquals("返回成功", ResponseCode.SUCCESS.message());
  }
}
