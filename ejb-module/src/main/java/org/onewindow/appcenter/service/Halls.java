package org.onewindow.appcenter.service;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.onewindow.appcenter.domain.Hall;
import org.onewindow.appcenter.domain.HallLevel;
import org.onewindow.appcenter.repository.HallRepository;
import org.onewindow.common.Messages;
import org.onewindow.common.StartupSeed;

/**
 * The halls (分厅) apps are published to: reference data, not demo data, so present in every
 * deployment — the national hall, one hall per province-level division (C 0109.1, the bundled
 * division table's province codes), and the departmental halls below (extend the list here or in
 * the table; 001 8.1).
 */
@Singleton
@Startup
@PermitAll
public class Halls {

  private static final Logger LOG = Logger.getLogger(Halls.class.getName());

  /**
   * A hall's name as the platform records it, in its own language (zh-CN, the bundle's default):
   * {@code appcenter.hall.name.<level>} with the province's or department's name.
   */
  static String hallName(HallLevel level, String of) {
    return Messages.text("appcenter.hall.name." + level.name(), null, of);
  }

  /**
   * Province-level divisions of GB/T 2260 (the 31 provinces, autonomous regions, municipalities).
   */
  static final Map<String, String> PROVINCES = new LinkedHashMap<>();

  /** Departments with a hall of their own on the national mobile end. */
  static final Map<String, String> DEPARTMENTS =
      Map.of(
          "dept-mohrss", "人力资源社会保障部",
          "dept-mps", "公安部",
          "dept-nhsa", "国家医疗保障局",
          "dept-chinatax", "国家税务总局",
          "dept-mot", "交通运输部");

  static {
    String[][] provinces = {
      {"110000", "北京市"}, {"120000", "天津市"}, {"130000", "河北省"}, {"140000", "山西省"},
      {"150000", "内蒙古自治区"}, {"210000", "辽宁省"}, {"220000", "吉林省"}, {"230000", "黑龙江省"},
      {"310000", "上海市"}, {"320000", "江苏省"}, {"330000", "浙江省"}, {"340000", "安徽省"},
      {"350000", "福建省"}, {"360000", "江西省"}, {"370000", "山东省"}, {"410000", "河南省"},
      {"420000", "湖北省"}, {"430000", "湖南省"}, {"440000", "广东省"}, {"450000", "广西壮族自治区"},
      {"460000", "海南省"}, {"500000", "重庆市"}, {"510000", "四川省"}, {"520000", "贵州省"},
      {"530000", "云南省"}, {"540000", "西藏自治区"}, {"610000", "陕西省"}, {"620000", "甘肃省"},
      {"630000", "青海省"}, {"640000", "宁夏回族自治区"}, {"650000", "新疆维吾尔自治区"}
    };
    for (String[] p : provinces) {
      PROVINCES.put(p[0], p[1]);
    }
  }

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  void seedIfEmpty() {
    if (new HallRepository(em).count() > 0) {
      return;
    }
    // Two nodes starting on a fresh database: the later one yields to the first (StartupSeed).
    StartupSeed.seedOrYield(
        em,
        "halls",
        () -> {
          em.persist(new Hall("national", hallName(HallLevel.NATIONAL, ""), HallLevel.NATIONAL));
          PROVINCES.forEach(
              (code, name) ->
                  em.persist(
                      new Hall(code, hallName(HallLevel.PROVINCIAL, name), HallLevel.PROVINCIAL)));
          DEPARTMENTS.forEach(
              (code, name) ->
                  em.persist(
                      new Hall(
                          code, hallName(HallLevel.DEPARTMENTAL, name), HallLevel.DEPARTMENTAL)));
        },
        LOG);
  }
}
