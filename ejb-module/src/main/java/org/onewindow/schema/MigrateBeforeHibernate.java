package org.onewindow.schema;

import javax.sql.DataSource;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Applies the schema migrations while Hibernate builds the persistence unit's session factory:
 * after it has its datasource, before its schema validation ({@code hbm2ddl.auto=validate}) and
 * before any EJB, JAX-RS resource or batch job can open a session. Found by Hibernate through
 * {@code META-INF/services/org.hibernate.integrator.spi.Integrator}; why an integrator, see
 * docs/adr/0007-versioned-schema.md.
 */
public class MigrateBeforeHibernate implements Integrator {

  /**
   * A Hibernate setting: {@code skip} leaves the schema alone (the upgrade test's dump maker, a
   * schema managed by hand). Default {@code apply}.
   */
  public static final String SETTING = "onewindow.schema.migrations";

  @Override
  public void integrate(
      Metadata metadata,
      BootstrapContext bootstrapContext,
      SessionFactoryImplementor sessionFactory) {
    ConfigurationService settings =
        sessionFactory.getServiceRegistry().requireService(ConfigurationService.class);
    if ("skip".equals(settings.getSettings().get(SETTING))) {
      return;
    }
    // The persistence unit's own datasource (java:jboss/datasources/OneWindowDS in WildFly).
    DataSource dataSource =
        sessionFactory
            .getServiceRegistry()
            .requireService(ConnectionProvider.class)
            .unwrap(DataSource.class);
    SchemaMigrations.migrate(dataSource);
  }

  @Override
  public void disintegrate(
      SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
    // Nothing held.
  }
}
