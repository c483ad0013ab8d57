package org.onewindow.it.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that runs against the deployed platform, as a client over HTTP. The database
 * check comes first, so when the PostgreSQL run has no server to talk to, the class is skipped
 * before anything starts; then {@link DeployedPlatform} makes sure the run's one WildFly, with the
 * EAR deployed once, is up.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(DatabaseAvailable.class)
@ExtendWith(DeployedPlatform.class)
public @interface PlatformIT {}
