package org.onewindow.batch.sync;

import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

/** A job and step context as JBeret hands them to the artifacts, enough for the tests. */
final class FakeContexts {

  final Map<String, Object> job = new HashMap<>();
  final Map<String, Object> step = new HashMap<>();

  JobContext job() {
    job.putIfAbsent("getExecutionId", 42L);
    job.putIfAbsent("getJobName", "case-inbound");
    return (JobContext)
        Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {JobContext.class}, handler(job));
  }

  StepContext step() {
    step.putIfAbsent("getStepName", "files");
    return (StepContext)
        Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {StepContext.class}, handler(step));
  }

  private static java.lang.reflect.InvocationHandler handler(Map<String, Object> values) {
    return (proxy, method, args) -> {
      String name = method.getName();
      if (name.startsWith("set") && args != null && args.length == 1) {
        values.put("get" + name.substring(3), args[0]);
        return null;
      }
      Object value = values.get(name);
      if (value == null && method.getReturnType() == long.class) {
        return 0L;
      }
      return value;
    };
  }
}
