package org.onewindow.matter.domain;

import java.util.List;

/** A complete, valid draft (机动车驾驶证补领) and copies of it with one element changed. */
final class Drafts {

  private Drafts() {}

  static MatterDraft valid() {
    return builder().build();
  }

  static Builder builder() {
    return new Builder();
  }

  static final class Builder {
    String implementationCode = "11110000000013127D00012345600001";
    String basicCode = "000123456000";
    String name = "机动车驾驶证补领";
    String matterType = "ADMINISTRATIVE_LICENSING";
    String exerciseLevel = "MUNICIPAL";
    String agencyCode = "11100000000013127D";
    String divisionCode = "110000";
    Integer statutory = 20;
    Integer promised = 1;
    Integer visits = 1;
    List<MaterialDraft> materials = List.of(new MaterialDraft("居民身份证", "PAPER", 1, true));
    Boolean charged = true;
    String chargeStandard = "工本费每证10元";
    String chargeItem = "机动车驾驶证工本费";
    String handling = "PROMISED";
    String target = "NATURAL_PERSON";
    String theme = "TRANSPORT";
    String jurisdiction = "CROSS_REGION";
    Integer realNameLevel = null;
    String onlineUrl = "https://gab.122.gov.cn/m/licence/replace";

    Builder set(java.util.function.Consumer<Builder> change) {
      change.accept(this);
      return this;
    }

    MatterDraft build() {
      return new MatterDraft(
          implementationCode,
          basicCode,
          name,
          matterType,
          "《中华人民共和国道路交通安全法》第十九条",
          exerciseLevel,
          "北京市公安局公安交通管理局",
          agencyCode,
          divisionCode,
          statutory,
          promised,
          visits,
          "驾驶证遗失且在有效期内",
          materials,
          "申请—受理—审核—制证—发证",
          charged,
          chargeStandard,
          chargeItem,
          handling,
          "各车管所业务大厅",
          "工作日 9:00-17:00",
          "12123",
          "",
          "12345政务服务便民热线",
          target,
          theme,
          jurisdiction,
          realNameLevel,
          onlineUrl);
    }
  }
}
