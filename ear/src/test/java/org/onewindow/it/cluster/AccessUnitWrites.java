package org.onewindow.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.onewindow.it.support.HttpJson;
import org.onewindow.it.support.Platform;
import org.onewindow.it.support.ServiceTokens;

/**
 * The load's writes: access units created through the balancer by the API's system account, as an
 * administrator's console action would, round robin over the nodes while both live. Each name is
 * the run's own, so the database can be asked how often each acknowledged write is kept.
 */
final class AccessUnitWrites implements BoundedLoad.Lane {

  private final int operations;
  private final String prefix = "集群单位-" + UUID.randomUUID().toString().substring(0, 8) + "-";
  private final String token = ServiceTokens.api();

  /** Names the API answered 201 for. */
  final List<String> acknowledged = new CopyOnWriteArrayList<>();

  /** Names it refused or never answered, with what happened. */
  final List<String> refused = new CopyOnWriteArrayList<>();

  AccessUnitWrites(int operations) {
    this.operations = operations;
  }

  @Override
  public int operations() {
    return operations;
  }

  @Override
  public void step(int i, boolean killed) {
    String name = prefix + i;
    try {
      HttpJson.Reply reply =
          HttpJson.postJson(
              Platform.BASE_URL + "/api/v1/access-units",
              token,
              "{\"name\":\"" + name + "\",\"divisionCode\":\"330100\"}");
      if (reply.status() == 201) {
        acknowledged.add(name);
      } else {
        refused.add(name + " " + reply.status());
      }
    } catch (IllegalStateException connectionLost) {
      refused.add(name + " " + connectionLost.getCause());
    }
  }

  /** Acknowledged names not stored exactly once (read through the balancer from the survivor). */
  List<String> notKeptOnce() {
    HttpJson.Reply list =
        HttpJson.get(Platform.BASE_URL + "/api/v1/access-units", ServiceTokens.api());
    assertEquals(200, list.status(), list.body());
    Map<String, Long> stored =
        list.json().getJsonArray("data").getValuesAs(JsonObject.class).stream()
            .map(unit -> unit.getString("name"))
            .filter(name -> name.startsWith(prefix))
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    return acknowledged.stream().filter(name -> stored.getOrDefault(name, 0L) != 1L).toList();
  }
}
