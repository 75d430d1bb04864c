package ai.levitate.sf.examples.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Benchmark 3: the CPU a page of 100 Merge contacts costs on one thread, through the client's parse
 * and mapping and core's transform, beside a bare Jackson {@code readTree} of the same bytes; and
 * the fake server's answer for that page beside the same {@code readTree}.
 *
 * <p>The readers are interleaved: each round times each of them for about half a second in turn, so
 * a neighbour's load falls on all of them alike, and the ratio is taken round by round. All are
 * timed in CPU time, what a page costs whatever else runs: the pipeline and {@code readTree} that
 * of the measuring thread; the fake's answer (an HTTP round trip on loopback to an in-process fake,
 * the body read as bytes) that of the fake's threads. Prints each reader's median contacts a second
 * and each ratio's median, lowest and highest over the rounds.
 *
 * <p>The fake is measured in a JVM of its own, after the pipeline: in one JVM the fake's code and
 * the client's (both Jackson and OkHttp) would share the JIT's profile and slow each other.
 *
 * <p>Arguments: the rounds measured (default 15), after 5 rounds of warm-up.
 */
public final class PipelineBenchmark {
  private static final long SLICE_NANOS = 500_000_000L;
  private static final int WARM_UP_ROUNDS = 5;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private PipelineBenchmark() {}

  /** A reader of the page, timed in the CPU time of the threads whose names start with a prefix. */
  private record Reader(String name, Supplier<Object> read, String threads) {}

  public static void main(String[] args) throws IOException, InterruptedException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    if (args.length > 1 && args[1].equals("fake")) {
      fake(rounds);
      return;
    }
    try (PagePipeline page = new PagePipeline()) {
      System.out.println(
          Bench.format(
              "CPU: a page of %d generated Merge contacts, %,d bytes, remote"
                  + " field classes embedded as Merge sends them; %d interleaved rounds of %.1f s each"
                  + " per reader, after %d rounds of warm-up",
              PagePipeline.CONTACTS, page.bytes(), rounds, SLICE_NANOS / 1e9, WARM_UP_ROUNDS));
      String self = Thread.currentThread().getName();
      double[][] rates =
          measure(
              rounds,
              new Reader("pipeline (parse, map, transform)", page::pipeline, self),
              new Reader("bare Jackson readTree", page::readTree, self));
      double[] ratio = ratios(rates[0], rates[1]);
      System.out.println(
          Bench.format(
              "pipeline / readTree: %s; target: a run's median 0.50 or more: %s (rounds under"
                  + " 0.50: %d of %d)",
              spread(ratio),
              median(ratio) >= 0.5 ? "met" : "MISSED",
              Arrays.stream(ratio).filter(r -> r < 0.5).count(),
              ratio.length));
    }
    // The fake's code would share the JIT's profile with the client's in one JVM: a JVM of its own.
    Process fake =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                PipelineBenchmark.class.getName(),
                Integer.toString(rounds),
                "fake")
            .inheritIO()
            .start();
    if (fake.waitFor() != 0) {
      throw new IllegalStateException("the fake's measurement failed");
    }
  }

  /** The fake's answer for the page beside a bare readTree of it, in a JVM of their own. */
  private static void fake(int rounds) {
    try (PagePipeline page = new PagePipeline()) {
      double[][] rates =
          measure(
              rounds,
              new Reader("fake's answer (its threads)", page::fakeAnswer, "MockWebServer"),
              new Reader(
                  "bare Jackson readTree", page::readTree, Thread.currentThread().getName()));
      double[] ratio = ratios(rates[1], rates[0]);
      System.out.println(
          Bench.format(
              "fake's answer time / readTree time: %s; target: 1.00 or" + " less: %s",
              spread(ratio), median(ratio) <= 1.0 ? "met" : "MISSED"));
    }
  }

  /** Pages a second of each reader, round by round, after the warm-up; prints their medians. */
  private static double[][] measure(int rounds, Reader... readers) {
    double[][] rates = new double[readers.length][rounds];
    for (int round = -WARM_UP_ROUNDS; round < rounds; round++) {
      for (int r = 0; r < readers.length; r++) {
        double rate = time(readers[r]);
        if (round >= 0) {
          rates[r][round] = rate;
        }
      }
    }
    for (int r = 0; r < readers.length; r++) {
      System.out.println(
          Bench.format(
              "%-34s %,12.0f contacts/s of CPU time (median)",
              readers[r].name(), median(rates[r]) * PagePipeline.CONTACTS));
    }
    return rates;
  }

  /** Pages a second of {@code reader}'s CPU time over one slice. */
  private static double time(Reader reader) {
    long wallStart = System.nanoTime();
    long start = cpu(reader.threads());
    long pages = 0;
    Object sink = null;
    while (System.nanoTime() - wallStart < SLICE_NANOS) {
      sink = reader.read().get();
      pages++;
    }
    long end = cpu(reader.threads());
    if (sink == null) {
      throw new IllegalStateException(reader.name() + " read nothing");
    }
    return pages / ((end - start) / 1e9);
  }

  /** The CPU time of the live threads whose names start with {@code prefix}, in nanoseconds. */
  private static long cpu(String prefix) {
    long total = 0;
    for (ThreadInfo thread : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
      if (thread != null && thread.getThreadName().startsWith(prefix)) {
        total += Math.max(0, THREADS.getThreadCpuTime(thread.getThreadId()));
      }
    }
    return total;
  }

  /** {@code a[i] / b[i]}: for rates, the ratio of the second's time to the first's. */
  private static double[] ratios(double[] a, double[] b) {
    double[] out = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i] / b[i];
    }
    return out;
  }

  private static String spread(double[] values) {
    return Bench.format(
        "median %.2f, lowest %.2f, highest %.2f", median(values), min(values), max(values));
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static double min(double[] values) {
    return Arrays.stream(values).min().orElseThrow();
  }

  private static double max(double[] values) {
    return Arrays.stream(values).max().orElseThrow();
  }
}
