package org.onewindow.web.support.signin;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;

/**
 * Puts {@link SignInGuard} outermost in each WAR's handler chain, before WildFly's security
 * handlers, so it sees their redirects (registered in META-INF/services; WildFly loads servlet
 * extensions from a WAR's own libraries).
 */
public final class SignInGuardExtension implements ServletExtension {

  @Override
  public void handleDeployment(DeploymentInfo deploymentInfo, ServletContext servletContext) {
    deploymentInfo.addInitialHandlerChainWrapper(
        next ->
            new SignInGuard(next, IdentityProviderProbe.realm(), servletContext.getContextPath()));
  }
}
