/**
 * The platform's audit trail (000 8.6, 002 6.7, DESIGN "Audit"): who did what, when, with what
 * outcome — identity events from the realm, rejected logout tokens, administrative changes. Events
 * travel through the durable JMS queue {@code java:/jms/queue/onewindow/audit}, so recording one
 * never slows the caller and none is lost when a node stops; {@link AuditConsumer} appends them to
 * an append-only table in which every record carries the SM3 digest of its predecessor.
 */
package org.onewindow.ops.audit;
