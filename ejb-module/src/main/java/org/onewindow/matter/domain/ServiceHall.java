package org.onewindow.matter.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A 政务服务大厅, one offline channel of the service map (000 8.1.2 i): where it is (address and WGS-84
 * coordinates, {@link GeoPoint}), when it is open, the division it serves (GB/T 2260) and the
 * matters it handles. Kept by an access unit, like the unit's matters.
 */
@Entity
@Table(
    name = "ow_service_hall",
    uniqueConstraints = @UniqueConstraint(name = "uk_service_hall_code", columnNames = "code"),
    indexes = {
      @Index(name = "ix_service_hall_division", columnList = "division_code"),
      @Index(name = "ix_service_hall_place", columnList = "latitude, longitude")
    })
public class ServiceHall {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "code", nullable = false, length = 40)
  private String code;

  @Column(name = "name", nullable = false, length = 100)
  private String name;

  @Column(name = "address", nullable = false, length = 200)
  private String address;

  @Column(name = "opening_hours", nullable = false, length = 500)
  private String openingHours;

  @Column(name = "phone", nullable = false, length = 40)
  private String phone;

  @Column(name = "latitude", nullable = false)
  private double latitude;

  @Column(name = "longitude", nullable = false)
  private double longitude;

  @Column(name = "division_code", nullable = false, length = 6)
  private String divisionCode;

  @Column(name = "owner_unit", nullable = false, length = 100)
  private String ownerUnit;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "ow_service_hall_matter",
      joinColumns = @JoinColumn(name = "hall_id"),
      foreignKey = @ForeignKey(name = "fk_service_hall_matter_hall"),
      indexes = @Index(name = "ix_service_hall_matter_code", columnList = "matter_code"))
  @OrderColumn(name = "position")
  private List<HallMatter> matters = new ArrayList<>();

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 100)
  private String updatedBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected ServiceHall() {
    // for JPA
  }

  public ServiceHall(String code, String ownerUnit) {
    this.code = code;
    this.ownerUnit = ownerUnit;
  }

  /** Takes the facts of {@code facts}, all of them, as checked by the service. */
  public void describe(HallFacts facts, String actor, Instant now) {
    this.name = facts.name();
    this.address = facts.address();
    this.openingHours = facts.openingHours();
    this.phone = facts.phone();
    this.latitude = facts.location().latitude();
    this.longitude = facts.location().longitude();
    this.divisionCode = facts.divisionCode();
    this.matters.clear();
    this.matters.addAll(facts.matters());
    this.updatedBy = actor;
    this.updatedAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getAddress() {
    return address;
  }

  public String getOpeningHours() {
    return openingHours;
  }

  public String getPhone() {
    return phone;
  }

  public GeoPoint getLocation() {
    return new GeoPoint(latitude, longitude);
  }

  public String getDivisionCode() {
    return divisionCode;
  }

  public String getOwnerUnit() {
    return ownerUnit;
  }

  public List<HallMatter> getMatters() {
    return List.copyOf(matters);
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }
}
