package org.onewindow.it.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that runs against the deployed platform. The database check comes first, so
 * when the PostgreSQL run has no server to talk to, the class is skipped before Arquillian starts a
 * WildFly for it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(DatabaseAvailable.class)
@ExtendWith(ArquillianExtension.class)
public @interface PlatformIT {}
