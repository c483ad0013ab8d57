package org.onewindow.it.cluster;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.onewindow.it.support.DeployedCluster;
import org.onewindow.it.support.HttpJson;
import org.onewindow.it.support.Platform;
import org.onewindow.it.support.ServiceTokens;

/**
 * What each node says about itself and the cluster, read past the balancer: {@code /api/v1/health}
 * (its name, its scheduler role, its build, its conclusion about the others) and {@code
 * /api/v1/health/cluster} (the live members it sees). A node that does not answer reads as {@code
 * null}, so that a poll over a frozen or starting node goes on looking.
 */
final class NodeHealth {

  private NodeHealth() {}

  /** Node {@code n}'s health answer (200 or 503), or null when it does not answer. */
  static HttpJson.Reply of(int n) {
    try {
      return HttpJson.get(DeployedCluster.nodeUrl(n) + "/api/v1/health", null);
    } catch (IllegalStateException noAnswer) {
      return null;
    }
  }

  /** The {@code data} of node {@code n}'s health answer, or null when it does not answer. */
  static JsonObject data(int n) {
    HttpJson.Reply reply = of(n);
    return reply == null ? null : reply.json().getJsonObject("data");
  }

  /** {@code primary} or {@code standby}, or null when node {@code n} does not answer. */
  static String schedulerRole(int n) {
    JsonObject data = data(n);
    return data == null ? null : data.getString("inspectionScheduler");
  }

  /** {@code consistent}, {@code stale} or {@code configuration-differs}; null: no answer. */
  static String cluster(int n) {
    JsonObject data = data(n);
    return data == null ? null : data.getString("cluster");
  }

  /** The nodes that say they run the cluster's schedules now (a node not answering is left out). */
  static List<Integer> primaries() {
    return IntStream.rangeClosed(1, 2)
        .filter(n -> "primary".equals(schedulerRole(n)))
        .boxed()
        .toList();
  }

  /** The live members node {@code n} lists, by name; empty when it does not answer. */
  static List<String> members(int n) {
    try {
      HttpJson.Reply view =
          HttpJson.get(DeployedCluster.nodeUrl(n) + "/api/v1/health/cluster", ServiceTokens.api());
      if (view.status() != 200) {
        return List.of();
      }
      return view.json().getJsonObject("data").getJsonArray("members").stream()
          .map(member -> member.asJsonObject().getString("node"))
          .toList();
    } catch (IllegalStateException noAnswer) {
      return List.of();
    }
  }

  /** Which node answered each of {@code calls} health checks through the balancer, in order. */
  static List<String> answeringThroughTheBalancer(int calls) {
    List<String> nodes = new ArrayList<>();
    for (int i = 0; i < calls; i++) {
      HttpJson.Reply reply = HttpJson.get(Platform.BASE_URL + "/api/v1/health", null);
      // The balancer's own answer (no node up) is not the API's JSON.
      String node =
          reply.body().startsWith("{")
              ? reply.json().getJsonObject("data").getString("node")
              : "the balancer";
      nodes.add(node + " " + reply.status());
    }
    return nodes;
  }
}
