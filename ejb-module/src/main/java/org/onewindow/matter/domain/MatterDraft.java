package org.onewindow.matter.domain;

import java.io.Serializable;
import java.util.List;

/**
 * An implementation-list item as an editor's form, the API or an exchange record gives it,
 * unchecked: every element of 001 7.1 and the navigation facets of 001 6.3, choices by their names
 * (or their labels), numbers as given. {@link MatterElements#check} reads it under the rules.
 *
 * @param implementationCode 实施编码
 * @param basicCode the 基本编码 of the basic catalogue item it implements
 * @param name 事项名称
 * @param matterType 事项类型 ({@link MatterType}; the nature facet, 6.3.1)
 * @param settingBasis 设定依据
 * @param exerciseLevel 行使层级 ({@link ServiceLevel}; the level facet, 6.3.5)
 * @param agency 实施主体 (the implementing agency facet, 6.3.3)
 * @param agencyCode 实施主体编码: its 统一社会信用代码
 * @param divisionCode the agency's administrative division (GB/T 2260)
 * @param statutoryLimitDays 法定办结时限, working days
 * @param promisedLimitDays 承诺办结时限, working days
 * @param onsiteVisits 到办事现场次数
 * @param acceptanceConditions 受理条件
 * @param materials 材料目录
 * @param process 办理流程
 * @param charged 是否收费
 * @param chargeStandard 收费标准
 * @param chargeItem 收费项目名称
 * @param handlingType 办件类型 ({@link HandlingType})
 * @param location 办理地点
 * @param officeHours 办理时间
 * @param consultation 咨询方式
 * @param faq 常见问题
 * @param complaint 监督投诉方式
 * @param target 服务对象 ({@link ServiceTarget}, 6.3.2)
 * @param theme 服务主题 ({@link ServiceTheme}, 6.3.4; blank: other)
 * @param jurisdiction 行政管辖 ({@link Jurisdiction}, 6.3.6)
 * @param realNameLevel the real-name level handling requires (C 0114-2018 3.1; null: 3)
 * @param onlineUrl 在线办理跳转地址 (002 6.3 b), or blank
 */
public record MatterDraft(
    String implementationCode,
    String basicCode,
    String name,
    String matterType,
    String settingBasis,
    String exerciseLevel,
    String agency,
    String agencyCode,
    String divisionCode,
    Integer statutoryLimitDays,
    Integer promisedLimitDays,
    Integer onsiteVisits,
    String acceptanceConditions,
    List<MaterialDraft> materials,
    String process,
    Boolean charged,
    String chargeStandard,
    String chargeItem,
    String handlingType,
    String location,
    String officeHours,
    String consultation,
    String faq,
    String complaint,
    String target,
    String theme,
    String jurisdiction,
    Integer realNameLevel,
    String onlineUrl)
    implements Serializable {

  public MatterDraft {
    // a null row stays, for the check to refuse by its position (List.copyOf would throw)
    materials =
        materials == null
            ? List.of()
            : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(materials));
  }
}
