package ai.levitate.sf.examples.bench;

import ai.levitate.sf.examples.fleet.FleetHarness;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark 5: accounts synced an hour by a fleet of 1, 2 and 3 worker JVMs, each with the same
 * Quartz threads, against a fake Merge that answers every request late. Each fleet runs the same
 * orgs through {@link FleetHarness} (initial sync and write-back, then a round of changes synced
 * incrementally and written back); an account synced is one account's sync and its write-back, and
 * the hour is the fleet's working time (JVM and database start-up excluded). Prints the load
 * average beside each figure: on a shared machine the figures move with it.
 *
 * <p>Arguments: accounts (18), rounds after the initial sync (1), latency in ms (250), Quartz
 * threads a worker (2), worker counts ({@code 1,2,3}).
 */
public final class FleetScaling {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern CPU =
      Pattern.compile(
          "CPU during the rounds: workers ([0-9.]+) s.*?, coordinator and fake Merge ([0-9.]+) s");
  private static final Pattern REQUESTS = Pattern.compile("([0-9]+) Merge requests");

  private FleetScaling() {}

  public static void main(String[] args) throws IOException {
    int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 18;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    int latency = args.length > 2 ? Integer.parseInt(args[2]) : 250;
    int threads = args.length > 3 ? Integer.parseInt(args[3]) : 2;
    String workerCounts = args.length > 4 ? args[4] : "1,2,3";
    Path root = Files.createTempDirectory("levitate-sf-fleet-scaling");
    System.out.println(
        Bench.format(
            "Fleet scaling: %d accounts (%d rounds each: the initial sync"
                + " and %d of changes, each written back), %d Quartz threads a worker, the fake answering"
                + " %d ms late; runs in %s",
            accounts, rounds + 1, rounds, threads, latency, root));
    List<String> rows = new ArrayList<>();
    double first = 0;
    for (String count : workerCounts.split(",")) {
      int workers = Integer.parseInt(count.strip());
      Path out = root.resolve("workers-" + workers);
      String loadBefore = load();
      PrintStream log =
          new PrintStream(
              Files.newOutputStream(root.resolve("workers-" + workers + ".txt")),
              true,
              StandardCharsets.UTF_8);
      int exit;
      try (log) {
        exit =
            FleetHarness.run(
                new String[] {
                  "--accounts",
                  String.valueOf(accounts),
                  "--workers",
                  String.valueOf(workers),
                  "--rounds",
                  String.valueOf(rounds),
                  "--latency",
                  String.valueOf(latency),
                  "--threads",
                  String.valueOf(threads),
                  "--out",
                  out.toString()
                },
                log,
                System.err,
                System.getenv(),
                false);
      }
      if (exit != 0) {
        System.out.println(
            "the fleet with "
                + workers
                + " workers exited "
                + exit
                + "; see "
                + root.resolve("workers-" + workers + ".txt"));
        return;
      }
      JsonNode fleet = JSON.readTree(out.resolve("fleet.json").toFile());
      String printed = Files.readString(root.resolve("workers-" + workers + ".txt"));
      Matcher cpu = CPU.matcher(printed);
      double cpuSeconds =
          cpu.find()
              ? Double.parseDouble(cpu.group(1)) + Double.parseDouble(cpu.group(2))
              : Double.NaN;
      Matcher requests = REQUESTS.matcher(printed);
      double requestsPerRun =
          requests.find()
              ? Double.parseDouble(requests.group(1)) / ((long) accounts * (rounds + 1))
              : Double.NaN;
      // Each thread waits for one request at a time: the most its threads can do at this latency.
      double latencyBound = workers * threads * 3600 / (requestsPerRun * latency / 1000.0);
      double seconds = fleet.path("seconds").asDouble();
      long runs = (long) accounts * (rounds + 1);
      double perHour = runs / seconds * 3600;
      if (first == 0) {
        first = perHour;
      }
      rows.add(
          Bench.format(
              "| %7d | %7d | %12d | %7.1f | %23.0f | %11.2fx | %17.0f | %15.2f"
                  + " | %-17s | %-17s |",
              workers,
              workers * threads,
              runs,
              seconds,
              perHour,
              perHour / first,
              latencyBound,
              cpuSeconds / runs,
              loadBefore,
              load()));
    }
    System.out.println(
        "| workers | threads | account runs | seconds | accounts synced an hour"
            + " | vs 1 worker | latency bound [1] | CPU s a run [2] | load before       |"
            + " load after        |");
    System.out.println(
        "|---------|---------|--------------|---------|-------------------------"
            + "|-------------|-------------------|-----------------|-------------------|"
            + "-------------------|");
    rows.forEach(System.out::println);
    System.out.println(
        "[1] accounts an hour if every thread only waited for Merge: threads x"
            + " 3600 s / (requests a run x latency).");
    System.out.println(
        "[2] CPU seconds of the workers, the coordinator and the fake Merge during"
            + " the rounds, a run; PostgreSQL's are not counted.");
  }

  /** The 1, 5 and 15 minute load averages, where the system says them. */
  private static String load() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "?";
    }
  }
}
