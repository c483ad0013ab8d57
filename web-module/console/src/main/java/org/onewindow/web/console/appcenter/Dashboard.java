package org.onewindow.web.console.appcenter;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
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
      view = dashboard.overview(Texts.language(faces()));
    }
    return view;
  }

  public String getInterfaceChart() {
    return bar(
        Texts.of(faces(), "dashboard.chart.interfaces"), getView().interfacesByStatus(), "#b71c1c");
  }

  public String getAppChart() {
    return bar(Texts.of(faces(), "dashboard.chart.apps"), getView().appsByStatus(), "#1565c0");
  }

  public String getBacklogChart() {
    return bar(Texts.of(faces(), "dashboard.chart.backlog"), getView().backlog(), "#ef6c00");
  }

  public String getUsageChart() {
    return bar(Texts.of(faces(), "dashboard.chart.usage"), getView().callsByApp(), "#2e7d32");
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
                        .add(
                            dataset(
                                Texts.of(faces(), "dashboard.chart.successes"),
                                successes,
                                "#2e7d32"))
                        .add(
                            dataset(
                                Texts.of(faces(), "dashboard.chart.failures"),
                                failures,
                                "#b71c1c"))))
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

  /** The page's Faces context: the charts' titles are read in its language. */
  private static FacesContext faces() {
    return FacesContext.getCurrentInstance();
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
