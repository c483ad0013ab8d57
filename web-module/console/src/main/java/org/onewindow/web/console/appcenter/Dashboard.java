package org.onewindow.web.console.appcenter;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;
import org.onewindow.appcenter.service.DashboardService;
import org.onewindow.appcenter.service.DashboardView;

/**
 * The application centre's dashboard (issue 5 item 8): the figures as Chart.js configurations for
 * PrimeFaces' {@code p:chart}, and as tables for those who read rather than look.
 */
@Named
@RequestScoped
public class Dashboard {

  @EJB private DashboardService dashboard;

  private DashboardView view;

  public DashboardView getView() {
    if (view == null) {
      view = dashboard.overview();
    }
    return view;
  }

  public String getInterfaceChart() {
    return bar("接口（按状态）", getView().interfacesByStatus(), "#b71c1c");
  }

  public String getAppChart() {
    return bar("应用（按状态）", getView().appsByStatus(), "#1565c0");
  }

  public String getBacklogChart() {
    return bar("待审核", getView().backlog(), "#ef6c00");
  }

  public String getUsageChart() {
    return bar("网关调用次数（近30天）", getView().callsByApp(), "#2e7d32");
  }

  /** Successes and failures per interface, stacked. */
  public String getHealthChart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder successes = Json.createArrayBuilder();
    JsonArrayBuilder failures = Json.createArrayBuilder();
    getView()
        .healthByInterface()
        .forEach(
            (name, counts) -> {
              labels.add(name);
              successes.add(counts[0]);
              failures.add(counts[1]);
            });
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(dataset("成功", successes, "#2e7d32"))
                        .add(dataset("失败", failures, "#b71c1c"))))
        .add(
            "options",
            Json.createObjectBuilder()
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add("x", Json.createObjectBuilder().add("stacked", true))
                        .add("y", Json.createObjectBuilder().add("stacked", true))))
        .build()
        .toString();
  }

  private static String bar(String title, Map<String, Long> values, String colour) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder data = Json.createArrayBuilder();
    values.forEach(
        (label, count) -> {
          labels.add(label);
          data.add(count);
        });
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add("datasets", Json.createArrayBuilder().add(dataset(title, data, colour))))
        .add(
            "options",
            Json.createObjectBuilder()
                .add(
                    "plugins",
                    Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("display", false))))
        .build()
        .toString();
  }

  private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", data)
        .add("backgroundColor", colour);
  }
}
