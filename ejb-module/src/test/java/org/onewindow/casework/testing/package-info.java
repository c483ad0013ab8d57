/**
 * Case records built on purpose for tests and benchmarks, here and in other modules (ejb-module
 * publishes its test classes as a {@code test-jar}): {@link
 * org.onewindow.casework.testing.CaseRecords} generates any number of realistic, valid case records
 * deterministically — the sync's benchmark and crash test write a million of them.
 */
package org.onewindow.casework.testing;
