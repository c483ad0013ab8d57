package org.onewindow.web.portal.casework;

import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.Headers;
import jakarta.servlet.ServletContext;
import java.util.regex.Matcher;

/**
 * Asks Keycloak for the real-name level on a step-up login (issue 20 item 4; {@link
 * StepUpServlet}): WildFly's OIDC client forwards no {@code acr_values}, and it challenges a
 * request to the login-protected {@code /step-up/<matter>/<level>/fresh} before any servlet or
 * filter runs, by a 302 to the realm's authorization endpoint. A listener on the response's commit
 * sees that answer before it leaves (as web-support's sign-in guard does) and adds {@code
 * acr_values=<level>}; every other response passes untouched. Registered in META-INF/services.
 */
public final class StepUpAcrExtension implements ServletExtension {

  @Override
  public void handleDeployment(DeploymentInfo deploymentInfo, ServletContext servletContext) {
    deploymentInfo.addInitialHandlerChainWrapper(
        next ->
            exchange -> {
              Matcher target = StepUpServlet.freshLogin(exchange.getRelativePath());
              if (target != null) {
                String level = target.group(2);
                exchange.addResponseCommitListener(done -> askForLevel(done, level));
              }
              next.handleRequest(exchange);
            });
  }

  private static void askForLevel(HttpServerExchange exchange, String level) {
    String location = exchange.getResponseHeaders().getFirst(Headers.LOCATION);
    if (exchange.getStatusCode() / 100 == 3
        && location != null
        && location.contains("response_type=code")
        && !location.contains("acr_values=")) {
      exchange.getResponseHeaders().put(Headers.LOCATION, location + "&acr_values=" + level);
    }
  }
}
