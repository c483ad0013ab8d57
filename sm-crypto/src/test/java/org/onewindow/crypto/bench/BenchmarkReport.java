package org.onewindow.crypto.bench;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks single-threaded and prints one table: each of our operations beside the plain
 * Bouncy Castle (or JDK) operation measured in the same run, and the ratio. Byte-oriented
 * operations are shown in MB/s (10^6 bytes), the others in operations per second.
 *
 * <p>Arguments: the JSON result file, and a regular expression of the benchmarks to run.
 */
public final class BenchmarkReport {

  private BenchmarkReport() {}

  public static void main(String[] args) throws Exception {
    String resultFile = args.length > 0 ? args[0] : "target/jmh-result.json";
    String include = args.length > 1 ? args[1] : ".*";
    Options options =
        new OptionsBuilder()
            .include("org\\.onewindow\\.crypto\\.bench\\." + include)
            .forks(1)
            .threads(1)
            .warmupIterations(2)
            .warmupTime(org.openjdk.jmh.runner.options.TimeValue.seconds(1))
            .measurementIterations(3)
            .measurementTime(org.openjdk.jmh.runner.options.TimeValue.seconds(2))
            .timeUnit(TimeUnit.SECONDS)
            .resultFormat(ResultFormatType.JSON)
            .result(resultFile)
            .build();
    print(new Runner(options).run());
  }

  private static void print(Collection<RunResult> results) {
    Map<String, Double> scores = new LinkedHashMap<>();
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark();
      name = name.substring(name.lastIndexOf('.') + 1);
      String size = result.getParams().getParam("size");
      double score = result.getPrimaryResult().getScore();
      if (size != null) {
        int bytes = Integer.parseInt(size);
        name = name + "@" + (bytes >= 1 << 20 ? (bytes >> 20) + "MiB" : (bytes >> 10) + "KiB");
        score = score * bytes / 1e6;
      }
      scores.put(name, score);
    }
    System.out.println();
    System.out.printf("%-28s %14s %14s %8s%n", "operation (1 thread)", "ours", "baseline", "ratio");
    for (Map.Entry<String, Double> entry : scores.entrySet()) {
      String name = entry.getKey();
      if (!name.contains("Ours")) {
        continue;
      }
      String unit = name.contains("@") ? " MB/s" : " op/s";
      Double baseline = scores.get(name.replace("Precomputed", "").replace("Ours", "Bc"));
      System.out.printf(
          "%-28s %14s %14s %8s%n",
          name.replace("Ours", ""),
          format(entry.getValue()) + unit,
          baseline == null ? "-" : format(baseline) + unit,
          baseline == null ? "-" : String.format("%.2fx", entry.getValue() / baseline));
    }
    for (Map.Entry<String, Double> entry : scores.entrySet()) {
      String name = entry.getKey();
      if (name.contains("Jdk")) {
        String unit = name.contains("@") ? " MB/s" : " op/s";
        System.out.printf("%-28s %14s%n", name + " (reference)", format(entry.getValue()) + unit);
      }
    }
  }

  private static String format(double value) {
    return value >= 100 ? String.format("%,.0f", value) : String.format("%.1f", value);
  }
}
