package org.onewindow.web.gateway;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.onewindow.appcenter.service.GatewayService;

/**
 * {@code GET /gateway/metrics}: the gateway's figures (003 6.7.2 d) in the Prometheus text format,
 * for the addresses in {@code -Donewindow.metrics.scrapers} (default: this host only). Anyone else
 * gets 403: the figures name interfaces. A request that came through a proxy (it carries {@code
 * X-Forwarded-For} or {@code Forwarded}) is refused whatever its address: the cluster's balancer
 * connects to each node from 127.0.0.1, so the address alone would open the figures to anyone who
 * reaches the balancer. A scraper asks each node directly (the cluster's generated prometheus.yml).
 */
@WebServlet(urlPatterns = "/metrics")
public class MetricsServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private GatewayService gateway;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (proxied(request) || !allowed(request.getRemoteAddr())) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    response.setContentType("text/plain; version=0.0.4; charset=utf-8");
    response.getWriter().write(gateway.prometheus());
  }

  static boolean proxied(HttpServletRequest request) {
    return request.getHeader("X-Forwarded-For") != null || request.getHeader("Forwarded") != null;
  }

  static boolean allowed(String remote) {
    String configured = System.getProperty("onewindow.metrics.scrapers", "");
    Set<String> scrapers =
        Arrays.stream(configured.split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .collect(Collectors.toSet());
    if (scrapers.contains(remote)) {
      return true;
    }
    try {
      return InetAddress.getByName(remote).isLoopbackAddress();
    } catch (IOException e) {
      return false;
    }
  }
}
