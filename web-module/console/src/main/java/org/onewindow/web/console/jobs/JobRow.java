package org.onewindow.web.console.jobs;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One job of the jobs table: its name, the parameters it declares (the start form's fields) and its
 * schedule's form.
 */
public class JobRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String jobName;
  private final List<String> parameterNames;
  private final Map<String, String> parameterRanges;
  private boolean scheduled;
  private Integer everyMinutes;
  private String dailyAt;
  private String nextDueAt;

  JobRow(String jobName, List<String> parameterNames, Map<String, String> parameterRanges) {
    this.jobName = jobName;
    this.parameterNames = List.copyOf(parameterNames);
    this.parameterRanges = Map.copyOf(parameterRanges);
  }

  public String getJobName() {
    return jobName;
  }

  public List<String> getParameterNames() {
    return parameterNames;
  }

  /** Per parameter, the values it accepts ({@code 1–5000}): the field's hint. */
  public Map<String, String> getParameterRanges() {
    return parameterRanges;
  }

  public boolean isScheduled() {
    return scheduled;
  }

  public void setScheduled(boolean scheduled) {
    this.scheduled = scheduled;
  }

  public Integer getEveryMinutes() {
    return everyMinutes;
  }

  public void setEveryMinutes(Integer everyMinutes) {
    this.everyMinutes = everyMinutes;
  }

  public String getDailyAt() {
    return dailyAt;
  }

  public void setDailyAt(String dailyAt) {
    this.dailyAt = dailyAt;
  }

  public String getNextDueAt() {
    return nextDueAt;
  }

  void setNextDueAt(String nextDueAt) {
    this.nextDueAt = nextDueAt;
  }
}
