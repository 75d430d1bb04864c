package ai.levitate.sf.examples.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The CPU time another process's threads used, by kind of thread (the JIT's compilers, the garbage
 * collector, the sync's readers, its main thread, the rest), read from Linux's {@code
 * /proc/PID/task} while the process runs. A thread's last reading is kept after it ends, so threads
 * that end before the process (the engine's readers) are counted up to the last sample before they
 * ended: at most one sampling period of each is lost. Where there is no {@code /proc}, nothing is
 * measured.
 */
final class ProcessCpu implements AutoCloseable {
  /** Linux's clock ticks a second for {@code /proc}'s CPU times; 100 on every common kernel. */
  private static final double TICKS_PER_SECOND = 100.0;

  private static final long PERIOD_MILLIS = 50;

  private final Path tasks;
  private final Map<String, Long> ticksByThread = new HashMap<>();
  private final Map<String, String> kindByThread = new HashMap<>();
  private final Thread sampler;
  private volatile boolean done;

  private ProcessCpu(long pid) {
    this.tasks = Path.of("/proc", Long.toString(pid), "task");
    this.sampler = new Thread(this::sampleUntilDone, "process-cpu-" + pid);
    sampler.setDaemon(true);
  }

  /**
   * Reads {@code process}'s threads once now, then starts sampling them; empty where {@code /proc}
   * is missing.
   */
  static Optional<ProcessCpu> watch(Process process) {
    if (!Files.isDirectory(Path.of("/proc", Long.toString(process.pid()), "task"))) {
      return Optional.empty();
    }
    ProcessCpu cpu = new ProcessCpu(process.pid());
    // A first reading before the thread starts: a total() asked at once is the CPU used so far.
    cpu.sample();
    cpu.sampler.start();
    return Optional.of(cpu);
  }

  private void sampleUntilDone() {
    while (!done) {
      sample();
      try {
        Thread.sleep(PERIOD_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private synchronized void sample() {
    try (DirectoryStream<Path> threads = Files.newDirectoryStream(tasks)) {
      for (Path thread : threads) {
        try {
          String stat = Files.readString(thread.resolve("stat"));
          int open = stat.indexOf('(');
          int close = stat.lastIndexOf(')');
          String[] fields = stat.substring(close + 2).split(" ");
          // utime and stime: fields 14 and 15 of stat, 12 and 13 after the name's ")".
          long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
          String key = thread.getFileName().toString();
          ticksByThread.put(key, ticks);
          kindByThread.putIfAbsent(key, kind(stat.substring(open + 1, close)));
        } catch (NoSuchFileException ended) {
          // The thread ended between the listing and the read: its last reading stands.
        }
      }
    } catch (NoSuchFileException ended) {
      // The process ended: the last readings stand.
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The kind of a thread, by the name Linux shows (Java's name, cut to 15 characters). */
  private static String kind(String name) {
    if (name.startsWith("C2 Compiler")) {
      return "JIT C2";
    } else if (name.startsWith("C1 Compiler")) {
      return "JIT C1";
    } else if (name.startsWith("G1 ") || name.startsWith("GC ") || name.startsWith("VM Thread")) {
      return "GC and VM";
    } else if (name.startsWith("levitate-sf-rea")) {
      return "readers";
    } else if (name.equals("java") || name.equals("main")) {
      return "main (run thread, start, --out)";
    }
    return "other";
  }

  /** Stops sampling, after one last reading. */
  @Override
  public void close() {
    done = true;
    sampler.interrupt();
    sample();
  }

  /** The CPU seconds of every thread so far. */
  synchronized double total() {
    return ticksByThread.values().stream().mapToLong(Long::longValue).sum() / TICKS_PER_SECOND;
  }

  /** The CPU seconds by kind of thread, the most first. */
  synchronized Map<String, Double> seconds() {
    Map<String, Long> byKind = new HashMap<>();
    ticksByThread.forEach(
        (thread, ticks) -> byKind.merge(kindByThread.get(thread), ticks, Long::sum));
    Map<String, Double> sorted = new LinkedHashMap<>();
    byKind.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .forEach(e -> sorted.put(e.getKey(), e.getValue() / TICKS_PER_SECOND));
    return sorted;
  }

  /** The CPU seconds by kind of thread so far, kept after the process ends. */
  Reading reading() {
    return new Reading(seconds());
  }

  /** CPU seconds by kind of thread, the most first. */
  record Reading(Map<String, Double> seconds) {
    Reading {
      seconds = Collections.unmodifiableMap(new LinkedHashMap<>(seconds));
    }

    double total() {
      return seconds.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** The JIT compilers' CPU seconds, both tiers. */
    double jit() {
      return seconds.getOrDefault("JIT C1", 0.0) + seconds.getOrDefault("JIT C2", 0.0);
    }

    /** One line: {@code 21.3 CPU-s: JIT C2 6.1, readers 5.9, ...}. */
    String describe() {
      StringBuilder line = new StringBuilder(Bench.format("%.1f CPU-s:", total()));
      String separator = " ";
      for (Map.Entry<String, Double> kind : seconds.entrySet()) {
        line.append(separator).append(Bench.format("%s %.1f", kind.getKey(), kind.getValue()));
        separator = ", ";
      }
      return line.toString();
    }
  }
}
