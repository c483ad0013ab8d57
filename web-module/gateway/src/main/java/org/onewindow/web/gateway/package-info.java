/**
 * The gateway's HTTP face (000 9.4.4): {@code /gateway/v1/interfaces/{id}} hands each call, as it
 * travelled, to {@code GatewayService}; {@code /gateway/metrics} serves the gateway's Prometheus
 * metrics to the addresses allowed to scrape them.
 */
package org.onewindow.web.gateway;
