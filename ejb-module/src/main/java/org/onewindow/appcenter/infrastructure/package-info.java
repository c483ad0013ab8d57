/**
 * The application management centre's adapters to things outside the domain. Plain Java without a
 * container: services in {@code appcenter.service} hold the instances, and tests run them against a
 * JDK HTTP server on loopback.
 *
 * <ul>
 *   <li>{@link org.onewindow.appcenter.infrastructure.ProcessResponseCheck} and {@link
 *       org.onewindow.appcenter.infrastructure.JsonDisplay}: whether the answer is the {@code
 *       process_response} envelope of 000 9.4.2 / 001 8.3.4.2 (000 9.4.3 a), and a readable form.
 *   <li>{@link org.onewindow.appcenter.infrastructure.SensitiveWordScanner}: sensitive words in the
 *       parameters sent and the content returned (000 9.4.3 b); {@link
 *       org.onewindow.appcenter.infrastructure.SensitiveWordLocator} says where (parameter, JSON
 *       path) for the feedback to the interface's provider.
 * </ul>
 *
 * <p>The outbound calls themselves (address guard, policy, the HTTP client) are the kernel's:
 * {@link org.onewindow.outbound}.
 */
package org.onewindow.appcenter.infrastructure;
