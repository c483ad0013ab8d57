/**
 * The platform's versioned database schema (docs/adr/0007-versioned-schema.md): Flyway migrations
 * under {@code db/migration/<vendor>/} in this module, applied by {@link
 * org.onewindow.schema.MigrateBeforeHibernate} while the persistence unit starts, before any
 * service can use it; Hibernate then only validates ({@code hbm2ddl.auto=validate}). A database
 * made by release 0.1 ({@code hbm2ddl update}, no migration history) is adopted at version 1
 * ({@link org.onewindow.schema.SchemaState}).
 */
package org.onewindow.schema;
