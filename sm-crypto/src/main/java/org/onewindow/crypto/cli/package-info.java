/**
 * {@code sm-crypto}, the command-line tool for operators and integrators: keys, signatures,
 * encryption, digests, masking, tickets and signed requests, without writing code. Built as the
 * runnable {@code sm-crypto/target/sm-crypto-cli.jar} (Bouncy Castle inside); see the README.
 */
package org.onewindow.crypto.cli;
