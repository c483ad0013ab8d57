package org.onewindow.appcenter.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/**
 * An app bound to an interface (000 8.2.2: 服务应用与接口绑定): the gateway forwards an app's calls only to
 * interfaces it is bound to (deny by default).
 */
@Entity
@Table(
    name = "ow_app_binding",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uk_app_binding",
            columnNames = {"app_id", "interface_id"}))
public class AppBinding {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "app_id", nullable = false)
  private long appId;

  @Column(name = "interface_id", nullable = false)
  private long interfaceId;

  @Column(name = "bound_by", nullable = false, length = 100)
  private String boundBy;

  @Column(name = "bound_at", nullable = false)
  private Instant boundAt;

  protected AppBinding() {
    // for JPA
  }

  public AppBinding(long appId, long interfaceId, String boundBy, Instant boundAt) {
    this.appId = appId;
    this.interfaceId = interfaceId;
    this.boundBy = boundBy;
    this.boundAt = boundAt;
  }

  public long getAppId() {
    return appId;
  }

  public long getInterfaceId() {
    return interfaceId;
  }

  public String getBoundBy() {
    return boundBy;
  }

  public Instant getBoundAt() {
    return boundAt;
  }
}
