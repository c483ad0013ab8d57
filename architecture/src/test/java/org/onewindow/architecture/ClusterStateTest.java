package org.onewindow.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md section 5: every new state is cluster-safe from day one, and nothing that matters lives
 * only in one node's memory unless it is listed with its bound. The inventory is
 * docs/node-local-state.md (issue 17 item 2); these rules keep it complete and keep the replicated
 * caches usable on more than one node.
 */
class ClusterStateTest {

  private static final JavaClasses CLASSES = PlatformClasses.ALL;

  /** Field types that hold state across requests: caches, counters, stores. */
  private static final Set<String> STATE_TYPES =
      Set.of(
          "java.util.concurrent.ConcurrentMap",
          "java.util.concurrent.ConcurrentHashMap",
          "java.util.concurrent.atomic.AtomicLong",
          "java.util.concurrent.atomic.AtomicInteger",
          "java.util.concurrent.atomic.AtomicReference",
          "java.util.concurrent.atomic.LongAdder",
          "java.util.concurrent.BlockingQueue",
          "org.onewindow.appcenter.gateway.ExpiringCache",
          "org.onewindow.appcenter.gateway.RateLimiter",
          "org.onewindow.appcenter.gateway.CircuitBreakers",
          "org.onewindow.appcenter.gateway.GatewayFigures",
          "org.onewindow.crypto.replay.InMemoryNonceStore",
          "org.onewindow.crypto.signing.Sm2VerifierCache");

  /** Map methods that carry a function: on a clustered cache the function must be marshalled. */
  private static final Set<String> FUNCTION_METHODS =
      Set.of("merge", "compute", "computeIfAbsent", "computeIfPresent", "replaceAll");

  @Test
  void everyCacheCounterOrStoreIsInTheInventory() throws IOException {
    String inventory =
        Files.readString(
            Path.of(System.getProperty("user.dir")).resolveSibling("docs/node-local-state.md"));
    Set<String> missing = new TreeSet<>();
    for (JavaClass type : CLASSES) {
      if (!type.getPackageName().startsWith("org.onewindow.")) {
        continue;
      }
      for (JavaField field : type.getFields()) {
        if (holdsState(field) && !inventory.contains("`" + owner(type).getSimpleName())) {
          missing.add(type.getName() + "." + field.getName());
        }
      }
    }
    assertEquals(
        Set.of(),
        missing,
        "state not listed in docs/node-local-state.md (name the class there, with its scope and"
            + " bound)");
  }

  @Test
  void noInfinispanCacheIsGivenAFunction() {
    Set<String> offending = new TreeSet<>();
    for (JavaClass type : CLASSES) {
      List<JavaField> caches = type.getFields().stream().filter(ClusterStateTest::isCache).toList();
      if (caches.isEmpty()) {
        continue;
      }
      for (JavaMethodCall call : type.getMethodCallsFromSelf()) {
        if (FUNCTION_METHODS.contains(call.getName())
            && call.getTargetOwner().isAssignableTo(Map.class)) {
          offending.add(type.getName() + " line " + call.getLineNumber() + ": " + call.getName());
        }
      }
    }
    assertEquals(
        Set.of(),
        offending,
        "a class holding a replicated Infinispan cache calls merge/compute: the function cannot be"
            + " marshalled to the other nodes; use putIfAbsent/replace (SessionRevocationService)");
  }

  /**
   * Distributable sessions (issue 17 item 1) replicate what the session holds: the session-scoped
   * beans and, with JSF's server-side state saving, every view-scoped bean. Each must be
   * serializable, and so must every platform type its fields hold (through generic arguments and
   * record components), or failover loses the user's form (C11 in docs/node-local-state.md).
   * Injected fields are the container's serializable proxies; transient ones are left behind.
   */
  @Test
  void whatASessionHoldsIsSerializable() {
    Set<String> problems = new TreeSet<>();
    for (JavaClass type : CLASSES) {
      if (type.isAnnotatedWith("jakarta.faces.view.ViewScoped")
          || type.isAnnotatedWith("jakarta.enterprise.context.SessionScoped")) {
        checkSerializable(type, type.getName(), new java.util.HashSet<>(), problems);
      }
    }
    assertEquals(Set.of(), problems, "held by a session but not serializable");
  }

  private static void checkSerializable(
      JavaClass type, String path, Set<String> seen, Set<String> problems) {
    if (!seen.add(type.getName()) || type.isPrimitive() || type.isEnum()) {
      return;
    }
    if (!type.getPackageName().startsWith("org.onewindow")) {
      // JDK and library types: concrete ones must be serializable; collection interfaces are
      // implemented by serializable classes (List.of, ArrayList, HashMap).
      if (!type.isInterface() && !type.isAssignableTo(java.io.Serializable.class)) {
        problems.add(path + " (" + type.getName() + ")");
      }
      return;
    }
    if (!type.isInterface() && !type.isAssignableTo(java.io.Serializable.class)) {
      problems.add(path + " (" + type.getName() + ")");
      return;
    }
    for (JavaField field : type.getAllFields()) {
      Set<JavaModifier> modifiers = field.getModifiers();
      if (modifiers.contains(JavaModifier.STATIC)
          || modifiers.contains(JavaModifier.TRANSIENT)
          || field.isAnnotatedWith("jakarta.inject.Inject")
          || field.isAnnotatedWith("jakarta.ejb.EJB")
          || field.isAnnotatedWith("jakarta.annotation.Resource")) {
        continue;
      }
      for (JavaClass held : field.getType().getAllInvolvedRawTypes()) {
        checkSerializable(held, path + "." + field.getName(), seen, problems);
      }
    }
  }

  /** A field of a state-holding type, or any static field that is not final. */
  private static boolean holdsState(JavaField field) {
    Set<JavaModifier> modifiers = field.getModifiers();
    if (modifiers.contains(JavaModifier.STATIC) && !modifiers.contains(JavaModifier.FINAL)) {
      return true;
    }
    return STATE_TYPES.contains(field.getRawType().getName());
  }

  /** An Infinispan cache injected by its JNDI name. */
  private static boolean isCache(JavaField field) {
    for (JavaAnnotation<JavaField> annotation : field.getAnnotations()) {
      if (annotation.getRawType().getName().equals("jakarta.annotation.Resource")
          && annotation
              .get("lookup")
              .map(String::valueOf)
              .filter(lookup -> lookup.startsWith("java:jboss/infinispan/"))
              .isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** The top-level class a nested one belongs to: the inventory names top-level classes. */
  private static JavaClass owner(JavaClass type) {
    JavaClass current = type;
    while (current.getEnclosingClass().isPresent()) {
      current = current.getEnclosingClass().get();
    }
    return current;
  }
}
