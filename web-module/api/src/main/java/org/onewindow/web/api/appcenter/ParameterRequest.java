package org.onewindow.web.api.appcenter;

import org.onewindow.appcenter.domain.ParameterDefinition;
import org.onewindow.appcenter.domain.ParameterType;

/** One parameter in a request body: {@code {"name","required","type","description"}}. */
public record ParameterRequest(String name, Boolean required, String type, String description) {

  ParameterDefinition toDefinition() {
    return ParameterDefinition.of(
        name, Boolean.TRUE.equals(required), ParameterType.parse(type, name), description);
  }
}
