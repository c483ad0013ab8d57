package org.onewindow.appcenter.domain;

import java.util.List;
import org.onewindow.common.InvalidInputException;

/**
 * Service themes for the catalogue's navigation (001 6.3.4 按服务主题, after C 0109.2-2018 9.16 and
 * 9.17). The bundled lists are the themes the national platform's navigation uses for individuals
 * and for legal persons; an app whose theme is not among them is filed under 其他, as 001 6.3.4 asks.
 * Keep in step with the official edition of C 0109.2.
 */
public final class ServiceThemes {

  public static final String OTHER = "其他";

  /** Themes for natural persons (C 0109.2-2018 9.16). */
  public static final List<String> NATURAL_PERSON =
      List.of(
          "生育收养", "户籍办理", "民族宗教", "教育科研", "入伍服役", "就业创业", "设立变更", "准营准办", "抵押质押", "职业资格", "行政缴费",
          "婚姻登记", "优待抚恤", "规划建设", "住房保障", "社会保障", "证件办理", "交通出行", "旅游观光", "出境入境", "消费维权", "公共安全",
          "司法公证", "知识产权", "环保绿化", "文化体育", "公用事业", "医疗卫生", "离职退休", "死亡殡葬", OTHER);

  /** Themes for legal persons and other organisations (C 0109.2-2018 9.17). */
  public static final List<String> LEGAL_PERSON =
      List.of(
          "设立变更", "准营准办", "资质认证", "年检年审", "税收财务", "人力资源", "社会保障", "投资审批", "融资信贷", "抵押质押", "商务贸易",
          "招标拍卖", "海关口岸", "涉外服务", "农林牧渔", "国有资产管理", "城市建设", "环境保护", "检验检疫", "安全生产", "公安消防", "司法公证",
          "知识产权", "交通运输", "信用服务", "医疗卫生", "文体教育", "注销", OTHER);

  private ServiceThemes() {}

  /** The themes an app serving {@code object} may be filed under. */
  public static List<String> of(ServiceObject object) {
    return switch (object) {
      case NATURAL_PERSON -> NATURAL_PERSON;
      case LEGAL_PERSON -> LEGAL_PERSON;
      case BOTH ->
          java.util.stream.Stream.concat(NATURAL_PERSON.stream(), LEGAL_PERSON.stream())
              .distinct()
              .toList();
    };
  }

  /**
   * The theme, checked against the object's list.
   *
   * @throws InvalidInputException for a theme outside the list
   */
  public static String checked(ServiceObject object, String theme) {
    String value = theme == null || theme.isBlank() ? OTHER : theme.strip();
    if (!of(object).contains(value)) {
      throw InvalidInputException.keyed("theme", "appcenter.theme.notListed", value, object);
    }
    return value;
  }
}
