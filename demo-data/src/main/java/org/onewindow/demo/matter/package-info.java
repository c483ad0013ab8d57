/**
 * DEMO matters (issue 19 item 1): the templates of real high-frequency matters, the deterministic
 * generator of implementation-list items (also a program that writes 100,000 of them as exchange
 * JSON lines for benchmarks), and the seeder of the embedded run.
 */
package org.onewindow.demo.matter;
