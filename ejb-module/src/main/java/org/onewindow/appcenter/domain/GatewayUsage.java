package org.onewindow.appcenter.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDate;

/**
 * A day's calls of one app to one interface through the gateway of one node (000 8.2.3 b
 * 服务应用使用情况统计; 003 6.7.2 d). Each node adds to its own rows only, so nodes never contend for a row;
 * the platform's figures are the sums over nodes. Times are kept as sums in microseconds so that
 * averages over any period are exact. Calls of an app in test mode are counted in their own
 * columns, apart from the live figures.
 */
@Entity
@Table(
    name = "ow_gateway_usage",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uq_gateway_usage",
            columnNames = {"usage_day", "interface_id", "app_key", "node"}),
    indexes = @Index(name = "ix_gateway_usage_day", columnList = "usage_day"))
public class GatewayUsage {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "usage_day", nullable = false)
  private LocalDate day;

  @Column(name = "interface_id", nullable = false)
  private long interfaceId;

  @Column(name = "app_key", nullable = false, length = 64)
  private String appKey;

  @Column(name = "node", nullable = false, length = 100)
  private String node;

  @Column(name = "requests", nullable = false)
  private long requests;

  @Column(name = "successes", nullable = false)
  private long successes;

  @Column(name = "failures", nullable = false)
  private long failures;

  @Column(name = "total_micros", nullable = false)
  private long totalMicros;

  @Column(name = "max_micros", nullable = false)
  private long maxMicros;

  /*
   * Test traffic (issue 14: an app's calls in test mode before its review) is counted apart, so
   * that the figures above stay the live service's. Defaults in the column definition: the schema
   * is updated in place (hbm2ddl update), and rows written before these columns existed read 0.
   */
  @Column(name = "test_requests", nullable = false, columnDefinition = "bigint default 0 not null")
  private long testRequests;

  @Column(name = "test_successes", nullable = false, columnDefinition = "bigint default 0 not null")
  private long testSuccesses;

  @Column(name = "test_failures", nullable = false, columnDefinition = "bigint default 0 not null")
  private long testFailures;

  protected GatewayUsage() {}

  public GatewayUsage(LocalDate day, long interfaceId, String appKey, String node) {
    this.day = day;
    this.interfaceId = interfaceId;
    this.appKey = appKey;
    this.node = node;
  }

  /** Adds a node's calls since its last write. */
  public void add(long requests, long successes, long failures, long totalMicros, long maxMicros) {
    this.requests += requests;
    this.successes += successes;
    this.failures += failures;
    this.totalMicros += totalMicros;
    this.maxMicros = Math.max(this.maxMicros, maxMicros);
  }

  /** Adds a node's test-mode calls since its last write (their times are not the service's). */
  public void addTest(long requests, long successes, long failures) {
    this.testRequests += requests;
    this.testSuccesses += successes;
    this.testFailures += failures;
  }

  public long getTestRequests() {
    return testRequests;
  }

  public long getTestSuccesses() {
    return testSuccesses;
  }

  public long getTestFailures() {
    return testFailures;
  }

  public LocalDate getDay() {
    return day;
  }

  public long getInterfaceId() {
    return interfaceId;
  }

  public String getAppKey() {
    return appKey;
  }

  public String getNode() {
    return node;
  }

  public long getRequests() {
    return requests;
  }

  public long getSuccesses() {
    return successes;
  }

  public long getFailures() {
    return failures;
  }

  public long getTotalMicros() {
    return totalMicros;
  }

  public long getMaxMicros() {
    return maxMicros;
  }
}
