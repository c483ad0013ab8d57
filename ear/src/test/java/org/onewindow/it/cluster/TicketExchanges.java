package org.onewindow.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.onewindow.it.support.ConsentPage;
import org.onewindow.it.support.DeployedCluster;
import org.onewindow.it.support.HttpJson;
import org.onewindow.it.support.Platform;
import org.onewindow.it.support.RealmLogin;

/**
 * The load's ticket exchanges (000 9.2.1): a signed-in citizen's page gets a one-time ticket from
 * the JSSDK (Keycloak, which the kill leaves alone), and the demo light app's backend — on
 * whichever node the balancer gives it — trades it with its SM2-signed exchange and answers the
 * masked user (the citizen agreed for the app beforehand: no consent, no data). Every ticket is
 * then offered again on the other node, which must refuse it (10005 授权码无效): the single-use store is
 * Keycloak's, and no node, dying or surviving, may spend a ticket twice.
 *
 * <p>Tickets issued in the lane's first third are also kept, unexchanged, until the node's death is
 * done, and only then exchanged: tickets issued before the kill exchange after it.
 */
final class TicketExchanges implements BoundedLoad.Lane {

  static final String APP = ConsentPage.DEMO_APP;

  /** 003 Annex A 10005 授权码无效: the ticket was spent (or never issued). */
  static final int SPENT = 10005;

  private static final String LIGHT_APP_SESSION = Platform.BASE_URL + "/lightapp-demo/api/session";

  /** The code of an answer that was not a node's envelope. */
  static final int NO_ENVELOPE = -1;

  /**
   * At most this many offers of one ticket: enough for its exchange and its refusal around a few
   * lost connections while the node dies.
   */
  private static final int OFFERS = 6;

  /** One exchange's answer: HTTP status (or {@link SignedGatewayCalls#NO_ANSWER}) and code. */
  record Answer(int node, int status, int code) {

    boolean exchanged() {
      return status == 200;
    }

    boolean refusedAsSpent() {
      return status == 401 && code == SPENT;
    }

    /** A node's envelope, not a lost connection nor the balancer's own error page. */
    boolean fromANode() {
      return code != NO_ENVELOPE;
    }

    @Override
    public String toString() {
      return "node" + node + ":" + status + "/" + code;
    }
  }

  /** One ticket: when it was issued, and every answer its offers got, in order. */
  static final class Ticket {
    final String value;
    final boolean issuedAfterKill;
    final boolean exchangedAfterKill;
    final List<Answer> answers = new ArrayList<>();

    Ticket(String value, boolean issuedAfterKill, boolean exchangedAfterKill) {
      this.value = value;
      this.issuedAfterKill = issuedAfterKill;
      this.exchangedAfterKill = exchangedAfterKill;
    }

    long exchanges() {
      return answers.stream().filter(Answer::exchanged).count();
    }

    /**
     * After the offer that exchanged it, every offer a node answered was refused as spent, and the
     * last one was: an offer the dying node never answered says nothing either way.
     */
    boolean refusedOnceSpent() {
      int first =
          answers.indexOf(answers.stream().filter(Answer::exchanged).findFirst().orElse(null));
      if (first < 0) {
        return true;
      }
      List<Answer> after = answers.subList(first + 1, answers.size());
      return !after.isEmpty()
          && after.get(after.size() - 1).refusedAsSpent()
          && after.stream().allMatch(answer -> answer.refusedAsSpent() || !answer.fromANode());
    }

    @Override
    public String toString() {
      return value.substring(0, 6) + "…" + answers;
    }
  }

  private final int operations;
  private final RealmLogin citizen = RealmLogin.as("citizen", Platform.DEMO_PASSWORD);
  private final List<Ticket> held = new ArrayList<>();

  /** Every ticket, settled, in the order issued. */
  final List<Ticket> tickets = new CopyOnWriteArrayList<>();

  TicketExchanges(int operations) {
    this.operations = operations;
  }

  @Override
  public int operations() {
    return operations;
  }

  @Override
  public void step(int i, boolean killed) {
    if (killed && !held.isEmpty()) {
      held.forEach(ticket -> settle(ticket, i));
      held.clear();
    }
    Ticket now = new Ticket(issue(), killed, killed);
    tickets.add(now);
    settle(now, i);
    if (i < operations / 3) {
      // Before the kill by construction: the kill waits for every lane's first third.
      Ticket kept = new Ticket(issue(), false, true);
      tickets.add(kept);
      held.add(kept);
    }
  }

  /** The JSSDK's getTicket from the light app's page (its origin, the citizen's SSO cookie). */
  private String issue() {
    HttpResponse<String> issued =
        citizen.send(
            "POST",
            Platform.REALM_URL + "/onewindow-tickets/tickets?app=" + APP,
            Platform.BASE_URL);
    assertEquals(200, issued.statusCode(), issued.body());
    return new HttpJson.Reply(200, issued.body()).json().getJsonObject("data").getString("ticket");
  }

  /**
   * Offers {@code ticket} to the light app, first on node {@code 1 + i % 2} and then on the other
   * one in turn, until an offer after it was exchanged has been refused (or no offer is left): an
   * exchanged ticket is offered once more, and an offer that got no answer is made again.
   */
  private void settle(Ticket ticket, int i) {
    boolean exchanged = false;
    for (int offer = 0; offer < OFFERS; offer++) {
      Answer answer = exchange(ticket.value, 1 + (i + offer) % 2);
      ticket.answers.add(answer);
      // The last word: refused as spent, or (a failure the test reports) exchanged a second time.
      if (answer.refusedAsSpent() || (answer.exchanged() && exchanged)) {
        return;
      }
      exchanged |= answer.exchanged();
    }
  }

  /**
   * The light app's page posting the ticket to its backend, through the balancer to {@code node}.
   */
  private static Answer exchange(String ticket, int node) {
    try {
      HttpJson.Reply reply =
          HttpJson.call(
              "POST",
              LIGHT_APP_SESSION,
              null,
              "{\"ticket\":\"" + ticket + "\"}",
              "Content-Type",
              "application/json",
              "Cookie",
              "OW_NODE=" + DeployedCluster.node(node));
      int code;
      try {
        code = reply.json().getInt("code");
      } catch (RuntimeException notTheEnvelope) {
        code = NO_ENVELOPE; // the balancer's own page: no node answered
      }
      return new Answer(node, reply.status(), code);
    } catch (IllegalStateException connectionLost) {
      return new Answer(node, SignedGatewayCalls.NO_ANSWER, NO_ENVELOPE);
    }
  }
}
