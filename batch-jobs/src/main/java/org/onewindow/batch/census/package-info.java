/**
 * The access-unit census: a one-step job counting the registered access units. It proves the batch
 * plumbing end to end (start from the console, JDBC repository, status back in the console).
 */
package org.onewindow.batch.census;
