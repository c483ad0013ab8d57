/** Paces a chunk step to a number of items per second, for jobs run beside live traffic. */
package org.onewindow.batch.pacing;
