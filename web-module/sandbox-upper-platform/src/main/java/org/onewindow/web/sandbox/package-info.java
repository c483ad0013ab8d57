/**
 * SANDBOX upper platform — NOT a real one. Stands in for the national or provincial platform the
 * upward report (上报, 002 6.2 b–d) calls, in the default run and the tests: {@code POST
 * /sandbox-upper-platform/batches} verifies the platform's SM2 signature (docs/wire-formats.md §1)
 * with the platform's published key and answers accept/reject per record (§8.4); {@code GET
 * /sandbox-upper-platform/} shows what it received. TEST-ONLY switches make it misbehave.
 */
package org.onewindow.web.sandbox;
