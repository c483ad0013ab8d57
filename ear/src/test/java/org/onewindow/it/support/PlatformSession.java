package org.onewindow.it.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Stops the run's WildFly and the tests' upstream server when the JUnit session ends: failsafe
 * opens one session per execution (the H2 run, the crash run, the PostgreSQL run), whether it hands
 * JUnit all classes at once or one at a time. Registered in {@code META-INF/services} of the test
 * classpath.
 */
public final class PlatformSession implements LauncherSessionListener {

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    DeployedPlatform.stop();
    DeployedCluster.stop();
    SampleUpstream.stopShared();
  }
}
