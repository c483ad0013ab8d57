package org.onewindow.matter.service;

import jakarta.ejb.SessionContext;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.security.Principal;

/** A session context that answers who calls, and field injection for services under test. */
final class Callers {

  private Callers() {}

  /** The context of a call by {@code name} ({@code anonymous}: a visitor who has not signed in). */
  static SessionContext as(String name) {
    Principal principal = () -> name;
    return (SessionContext)
        Proxy.newProxyInstance(
            Callers.class.getClassLoader(),
            new Class<?>[] {SessionContext.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getCallerPrincipal")) {
                return principal;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  /** Sets the service's field {@code name}, as the container's injection would. */
  static <T> T inject(T service, String name, Object value) {
    try {
      Field field = service.getClass().getDeclaredField(name);
      field.setAccessible(true);
      field.set(service, value);
      return service;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
