package ai.levitate.sf.examples.fleet;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The worker JVMs: started with the coordinator's own class path, each logging to a file, each
 * stopped by closing its standard input. Whatever happens to the coordinator, every worker it
 * started is killed on its way out: by {@link #close()}, or by a shutdown hook on Ctrl-C, and a
 * worker whose coordinator died outright sees its standard input close and stops by itself.
 */
final class Workers implements AutoCloseable {
  /** One worker process. */
  static final class Member {
    private final String name;
    private final Process process;
    private final Path log;
    private boolean killed;

    Member(String name, Process process, Path log) {
      this.name = name;
      this.process = process;
      this.log = log;
    }

    String name() {
      return name;
    }

    long pid() {
      return process.pid();
    }

    Path log() {
      return log;
    }

    boolean alive() {
      return process.isAlive();
    }

    boolean killed() {
      return killed;
    }

    /** The CPU time the worker has used so far; zero once it is gone. */
    Duration cpu() {
      return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** The exit code of a worker that ended without being killed, if it did. */
    Optional<Integer> exitedUnasked() {
      return killed || process.isAlive() ? Optional.empty() : Optional.of(process.exitValue());
    }
  }

  private final Map<String, Member> members = new LinkedHashMap<>();
  private final Thread hook = new Thread(this::killAll, "fleet-kill-workers");

  Workers() {
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /**
   * Starts {@code name}: {@code java -cp <this class path> FleetWorker --name name args...}, its
   * output in {@code log}, {@code env} added to this process's environment.
   */
  Member start(String name, List<String> args, Map<String, String> env, Path log)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // Small heaps and the serial collector: three workers and PostgreSQL share two cores.
    command.add("-Xmx256m");
    command.add("-XX:+UseSerialGC");
    command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=info");
    command.add("-Dorg.slf4j.simpleLogger.log.com.zaxxer.hikari=warn");
    command.add("-Dorg.slf4j.simpleLogger.showDateTime=true");
    command.add("-Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS");
    command.add("-Dorg.slf4j.simpleLogger.logFile=System.out");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(FleetWorker.class.getName());
    command.add("--name");
    command.add(name);
    command.addAll(args);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(env);
    Member member = new Member(name, builder.start(), log);
    members.put(name, member);
    return member;
  }

  List<Member> members() {
    return List.copyOf(members.values());
  }

  Optional<Member> member(String name) {
    return Optional.ofNullable(members.get(name));
  }

  boolean anyAlive() {
    return members.values().stream().anyMatch(Member::alive);
  }

  /** Kills {@code member} outright, as a crash or the OOM killer would: no shutdown hook runs. */
  void kill(Member member) throws InterruptedException {
    member.killed = true;
    member.process.destroyForcibly();
    member.process.waitFor(10, TimeUnit.SECONDS);
  }

  /**
   * Asks every live worker to stop (closes its standard input), waits up to {@code grace} for all
   * of them, then kills what is left.
   */
  void stop(Duration grace) throws InterruptedException {
    for (Member member : members.values()) {
      try {
        member.process.getOutputStream().close();
      } catch (IOException e) {
        // Already gone.
      }
    }
    long deadline = System.nanoTime() + grace.toNanos();
    for (Member member : members.values()) {
      long left = Math.max(0, deadline - System.nanoTime());
      member.process.waitFor(left, TimeUnit.NANOSECONDS);
    }
    killAll();
  }

  private void killAll() {
    for (Member member : members.values()) {
      if (member.process.isAlive()) {
        member.process.destroyForcibly();
      }
    }
    for (Member member : members.values()) {
      try {
        member.process.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  @Override
  public void close() {
    killAll();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // The JVM is already shutting down; the hook runs or ran.
    }
  }
}
