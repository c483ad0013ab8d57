/**
 * The platform's interface gateway (000 9.4.4; 003 6.2.4): apps call registered interfaces through
 * it with SM2-signed requests; it checks the signature, the app's binding and limit, forwards to
 * the interface (signed by the platform in security mode), guards each interface with its own
 * circuit breaker, masks personal data in the answer (000 9.4.5) and counts every call (003 6.7.2
 * d). The rules here are plain Java; {@code appcenter.service.GatewayService} runs them.
 */
package org.onewindow.appcenter.gateway;
