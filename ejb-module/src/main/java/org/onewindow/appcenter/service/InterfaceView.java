package org.onewindow.appcenter.service;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.onewindow.appcenter.domain.InterfaceDefinition;
import org.onewindow.appcenter.domain.ParameterDefinition;
import org.onewindow.appcenter.domain.RegisteredInterface;
import org.onewindow.common.Localized;
import org.onewindow.review.ReviewStatus;

/** A read-only copy of a registered interface, for the console, the API and exports. */
public record InterfaceView(
    long id,
    long unitId,
    String unitName,
    String serviceName,
    String name,
    String address,
    String method,
    String protocol,
    String returnFormat,
    String remark,
    String divisionCode,
    String divisionName,
    String channel,
    List<ParameterDefinition> requestParameters,
    List<ParameterDefinition> responseParameters,
    ReviewStatus status,
    String statusLabel,
    int revision,
    String createdBy,
    Instant createdAt,
    String submittedBy,
    Instant updatedAt,
    String lastReason)
    implements Serializable, Localized<InterfaceView> {

  static InterfaceView of(RegisteredInterface registered, String divisionName) {
    InterfaceDefinition d = registered.definition();
    return new InterfaceView(
        registered.getId(),
        registered.getUnit().getId(),
        registered.getUnit().getName(),
        d.serviceName(),
        d.name(),
        d.address(),
        d.method().name(),
        d.protocol().scheme(),
        d.returnFormat().name(),
        d.remark(),
        d.divisionCode(),
        divisionName,
        d.channel(),
        d.requestParameters(),
        d.responseParameters(),
        registered.getStatus(),
        registered.getStatus().label(),
        registered.getRevision(),
        registered.getCreatedBy(),
        registered.getCreatedAt(),
        registered.getReview().submittedBy(),
        registered.getReview().updatedAt(),
        registered.getReview().lastReason());
  }

  /** The same view with its labels in {@code locale}'s language. */
  @Override
  public InterfaceView in(Locale locale) {
    return new InterfaceView(
        id,
        unitId,
        unitName,
        serviceName,
        name,
        address,
        method,
        protocol,
        returnFormat,
        remark,
        divisionCode,
        divisionName,
        channel,
        requestParameters,
        responseParameters,
        status,
        status.label(locale),
        revision,
        createdBy,
        createdAt,
        submittedBy,
        updatedAt,
        lastReason);
  }
}
