package ai.levitate.sf.examples.fleet;

import ai.levitate.sf.examples.internal.Options;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.StdSchedulerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One worker JVM of the fleet, started by {@link FleetHarness} with the same class path: a member
 * of the clustered Quartz scheduler that runs {@link AccountSyncJob}s on its threads until its
 * standard input closes (the coordinator closes it to stop the worker, and it closes by itself when
 * the coordinator dies). The Merge API key comes from {@code MERGE_API_KEY}, database credentials
 * from {@code LEVITATE_SF_JDBC_USER} and {@code LEVITATE_SF_JDBC_PASSWORD}.
 *
 * <pre>{@code
 * java -cp <examples classpath> ai.levitate.sf.examples.fleet.FleetWorker --name worker-1 \
 *     --jdbc-url jdbc:postgresql://... --merge-base-url http://127.0.0.1:.../api/crm/v1/ \
 *     --threads 2 --rate-limit 400 --checkin-ms 2000 --misfire-ms 5000 --idle-wait-ms 1000 \
 *     --lease-seconds 15 --retry-ms 2000
 * }</pre>
 */
public final class FleetWorker {
  static final String API_KEY_ENV = "MERGE_API_KEY";

  /** How long a stopping worker waits for its running jobs before it halts. */
  private static final Duration STOP_GRACE = Duration.ofSeconds(30);

  private static final Logger log = LoggerFactory.getLogger(FleetWorker.class);

  private FleetWorker() {}

  public static void main(String[] args) {
    System.exit(run(args, System.getenv()));
  }

  static int run(String[] args, Map<String, String> env) {
    FleetOptions.Parser p = new FleetOptions.Parser(args);
    Optional<String> name = Optional.empty();
    Optional<String> jdbcUrl = Optional.empty();
    Optional<String> mergeBaseUrl = Optional.empty();
    int threads = FleetOptions.DEFAULT_THREADS;
    int rateLimit = FleetOptions.DEFAULT_RATE_LIMIT;
    FleetOptions.Reader timing = new FleetOptions.Reader();
    while (p.hasNext()) {
      String option = p.next();
      if (timing.read(option, p)) {
        continue;
      }
      switch (option) {
        case "--name" -> name = p.value(option);
        case "--jdbc-url" -> jdbcUrl = p.value(option);
        case "--merge-base-url" -> mergeBaseUrl = p.value(option);
        case "--threads" -> threads = (int) p.number(option, 1, 32, threads);
        case "--rate-limit" -> rateLimit = (int) p.number(option, 1, 1_000_000, rateLimit);
        default -> p.problems().add("Unknown option " + option + ".");
      }
    }
    Optional<String> apiKey = Options.present(env.get(API_KEY_ENV));
    if (name.isEmpty() || jdbcUrl.isEmpty() || mergeBaseUrl.isEmpty() || apiKey.isEmpty()) {
      p.problems()
          .add(
              "A worker needs --name, --jdbc-url, --merge-base-url and "
                  + API_KEY_ENV
                  + " in the environment.");
    }
    if (!p.problems().isEmpty()) {
      p.problems().forEach(problem -> System.err.println("error: " + problem));
      return 2;
    }
    Database.Url url = Database.Url.fromEnvironment(jdbcUrl.get(), env);
    try (Worker worker =
        new Worker(
            name.get(),
            url,
            threads,
            mergeBaseUrl.get(),
            apiKey.get(),
            rateLimit,
            timing.timing())) {
      Scheduler scheduler =
          new StdSchedulerFactory(QuartzSettings.of(name.get(), url, threads, timing.timing()))
              .getScheduler();
      scheduler.getContext().put(Worker.KEY, worker);
      scheduler.start();
      log.info("{} started: {} Quartz threads, clustered on {}", name.get(), threads, url);
      waitForStandardInputToClose();
      log.info("{}: standard input closed, stopping", name.get());
      stop(scheduler);
      return 0;
    } catch (SchedulerException | RuntimeException e) {
      log.error("{} failed: {}", name.get(), Worker.oneLine(e), e);
      return 1;
    }
  }

  private static void waitForStandardInputToClose() {
    try {
      System.in.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      // A broken pipe ends the worker as a closed one does.
    }
  }

  /**
   * Lets running jobs finish within a grace period; one still running then is recovered elsewhere.
   */
  private static void stop(Scheduler scheduler) throws SchedulerException {
    Thread halt =
        new Thread(
            () -> {
              try {
                Thread.sleep(STOP_GRACE.toMillis());
                log.error("jobs still running after {}; halting", STOP_GRACE);
                Runtime.getRuntime().halt(1);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "fleet-worker-halt");
    halt.setDaemon(true);
    halt.start();
    scheduler.shutdown(true);
    halt.interrupt();
  }
}
