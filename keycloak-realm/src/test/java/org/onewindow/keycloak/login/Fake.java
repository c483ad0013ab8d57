package org.onewindow.keycloak.login;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A stand-in for one of Keycloak's interfaces: the answers given by method name, and for every
 * other method the emptiest fitting value (itself for a fluent builder, false, 0, an empty stream
 * or collection, null). Enough for the few calls a login form makes, without a server.
 */
final class Fake<T> {

  /** An answer meaning "the fake itself", for fluent methods given an answer of their own. */
  static final Object SELF = new Object();

  private final Class<T> type;
  private final Map<String, Function<Object[], Object>> answers = new HashMap<>();

  private Fake(Class<T> type) {
    this.type = type;
  }

  static <T> Fake<T> of(Class<T> type) {
    return new Fake<>(type);
  }

  Fake<T> answer(String method, Function<Object[], Object> answer) {
    answers.put(method, answer);
    return this;
  }

  Fake<T> returns(String method, Object value) {
    return answer(method, args -> value);
  }

  T build() {
    Object[] self = new Object[1];
    self[0] =
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> {
              Function<Object[], Object> answer = answers.get(method.getName());
              if (answer != null) {
                Object value = answer.apply(args == null ? new Object[0] : args);
                return value == SELF ? proxy : value;
              }
              return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                case "toString" -> "fake " + type.getSimpleName();
                default -> emptiest(method.getReturnType(), self[0]);
              };
            });
    return type.cast(self[0]);
  }

  private Object emptiest(Class<?> returned, Object self) {
    if (returned.isInstance(self)) {
      return self;
    }
    if (returned == boolean.class) {
      return false;
    }
    if (returned == int.class) {
      return 0;
    }
    if (returned == long.class) {
      return 0L;
    }
    if (returned == Stream.class) {
      return Stream.empty();
    }
    if (returned == List.class) {
      return List.of();
    }
    if (returned == Set.class) {
      return Set.of();
    }
    if (returned == Map.class) {
      return Map.of();
    }
    if (returned == Optional.class) {
      return Optional.empty();
    }
    return null;
  }
}
