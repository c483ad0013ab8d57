/**
 * JMH benchmarks of sm-crypto beside plain Bouncy Castle and the JDK, measured in the same run
 * ({@link org.onewindow.crypto.bench.BenchmarkReport} prints the table and the ratios). Run with
 * {@code ./sm-crypto/bench}; never part of the test suite, and no test asserts a timing.
 */
package org.onewindow.crypto.bench;
