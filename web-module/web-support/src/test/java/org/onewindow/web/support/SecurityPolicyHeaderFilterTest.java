package org.onewindow.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A page's policy takes the place of the server's; every other header is added as asked. */
class SecurityPolicyHeaderFilterTest {

  /** Response headers as Undertow keeps them: set replaces, add appends. */
  private final Map<String, List<String>> headers = new LinkedHashMap<>();

  private final HttpServletResponse server =
      (HttpServletResponse)
          Proxy.newProxyInstance(
              getClass().getClassLoader(),
              new Class<?>[] {HttpServletResponse.class},
              (proxy, method, args) -> {
                switch (method.getName()) {
                  case "setHeader" ->
                      headers.put((String) args[0], new ArrayList<>(List.of((String) args[1])));
                  case "addHeader" ->
                      headers
                          .computeIfAbsent((String) args[0], n -> new ArrayList<>())
                          .add((String) args[1]);
                  default -> throw new UnsupportedOperationException(method.getName());
                }
                return null;
              });

  @org.junit.jupiter.api.Test
  void thePagesNoncedPolicyReplacesTheServersInsteadOfJoiningIt() {
    server.setHeader("Content-Security-Policy", "script-src 'self'");
    HttpServletResponse page = new SecurityPolicyHeaderFilter.PolicyReplacingResponse(server);

    page.addHeader("Content-Security-Policy", "script-src 'self' 'nonce-abc';");

    assertEquals(List.of("script-src 'self' 'nonce-abc';"), headers.get("Content-Security-Policy"));
  }

  @org.junit.jupiter.api.Test
  void otherHeadersAreStillAdded() {
    HttpServletResponse page = new SecurityPolicyHeaderFilter.PolicyReplacingResponse(server);

    page.addHeader("Vary", "Accept");
    page.addHeader("Vary", "Origin");

    assertEquals(List.of("Accept", "Origin"), headers.get("Vary"));
  }
}
