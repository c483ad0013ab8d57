package org.onewindow.appcenter.service;

import java.util.List;
import java.util.Map;
import org.onewindow.appcenter.domain.InterfaceDefinition;

/**
 * A connectivity test read and checked in its own short transaction, ready to be sent outside any:
 * the interface's definition at that revision, the tester's checked values and the lexicon's words.
 * Plain values only, so nothing of it is a managed entity once the transaction is over.
 */
public record PreparedTest(
    long interfaceId,
    String interfaceName,
    int revision,
    InterfaceDefinition definition,
    Map<String, String> parameters,
    List<String> sensitiveWords) {

  public PreparedTest {
    parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
    sensitiveWords = List.copyOf(sensitiveWords);
  }
}
