package org.onewindow.it.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class of the {@code it-cluster} execution: it runs against two nodes behind the
 * balancer ({@link DeployedCluster}) on PostgreSQL, and is skipped with a message where no
 * PostgreSQL answers.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(DatabaseAvailable.class)
@ExtendWith(DeployedCluster.class)
public @interface OnCluster {}
