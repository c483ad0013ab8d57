package org.onewindow.ops.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.jboss.msc.Service;
import org.jboss.msc.service.ServiceName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wildfly.clustering.singleton.service.SingletonServiceActivatorContext;
import org.wildfly.clustering.singleton.service.SingletonServiceBuilder;
import org.wildfly.clustering.singleton.service.SingletonServiceTarget;

/**
 * The node-local side of the scheduler singleton: what WildFly's election does to this node's role,
 * and what the activator hands to the singleton policy. The election itself is WildFly's; the
 * cluster tests see it through {@code GET /api/v1/health}.
 */
class SchedulerElectionTest {

  private final SchedulerPrimaryService service = new SchedulerPrimaryService();

  @AfterEach
  void standDown() {
    service.stop(null);
  }

  @Test
  void aNodeIsStandbyUntilTheElectionStartsTheServiceHere() {
    assertEquals(SchedulerRole.STANDBY, SchedulerElection.role());
    assertFalse(SchedulerElection.isPrimary());

    service.start(null);

    assertEquals(SchedulerRole.PRIMARY, SchedulerElection.role());
    assertTrue(SchedulerElection.isPrimary());
  }

  @Test
  void losingTheElectionMakesTheNodeStandbyAgain() {
    service.start(null);
    service.stop(null);

    assertEquals(SchedulerRole.STANDBY, SchedulerElection.role());
  }

  @Test
  void theHealthAnswerNamesTheRolesInLowerCase() {
    assertEquals("primary", SchedulerRole.PRIMARY.wireName());
    assertEquals("standby", SchedulerRole.STANDBY.wireName());
  }

  @Test
  void theActivatorInstallsThePrimaryServiceUnderItsNameAsASingleton() {
    List<String> calls = new ArrayList<>();
    List<Object> instances = new ArrayList<>();
    List<ServiceName> names = new ArrayList<>();
    SingletonServiceBuilder<?> builder =
        fake(
            SingletonServiceBuilder.class,
            (self, method, args) -> {
              calls.add(method.getName());
              switch (method.getName()) {
                case "provides" -> names.addAll(List.of((ServiceName[]) args[0]));
                case "setInstance" -> instances.add(args[0]);
                default -> {}
              }
              return method.getReturnType().isInstance(self) ? self : null;
            });
    SingletonServiceTarget target =
        fake(
            SingletonServiceTarget.class,
            (self, method, args) -> {
              calls.add(method.getName());
              return builder;
            });
    SingletonServiceActivatorContext context =
        fake(SingletonServiceActivatorContext.class, (self, method, args) -> target);

    new SchedulerSingletonActivator().activate(context);

    assertEquals(List.of("addService", "provides", "setInstance", "install"), calls);
    assertEquals(List.of(SchedulerSingletonActivator.SERVICE_NAME), names);
    assertEquals(1, instances.size());
    assertInstanceOf(SchedulerPrimaryService.class, instances.get(0));
    assertInstanceOf(Service.class, instances.get(0));
  }

  @Test
  void theNodeNameIsWildFlysNodeName() {
    String before = System.getProperty(ClusterNode.NODE_NAME);
    System.setProperty(ClusterNode.NODE_NAME, "node-b");
    try {
      assertEquals("node-b", ClusterNode.name());
    } finally {
      if (before == null) {
        System.clearProperty(ClusterNode.NODE_NAME);
      } else {
        System.setProperty(ClusterNode.NODE_NAME, before);
      }
    }
  }

  private static <T> T fake(Class<T> type, InvocationHandler handler) {
    return type.cast(Proxy.newProxyInstance(getClassLoader(), new Class<?>[] {type}, handler));
  }

  private static ClassLoader getClassLoader() {
    return SchedulerElectionTest.class.getClassLoader();
  }
}
