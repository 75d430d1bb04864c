package ai.levitate.sf.examples.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Benchmarks 1 and 2: the harness's whole first sync as a user runs it, beside a plain sequential
 * pager, both against the fake Merge that the harness serves ({@code --serve}) in a JVM of its own.
 *
 * <p>The harness runs as {@code java -jar levitate-sf-harness.jar --once --merge-base-url ...
 * --merge-rate-limit N --state DIR --out DIR}, with the fake's credentials in its environment: a
 * JVM of its own, so its time includes the JVM's start, the field catalog, H2 and the {@code --out}
 * files. The pager runs in this JVM (no JVM start: in its favour) and does what Merge's SDKs do: it
 * asks for the same pages as the client, page after page, and reads only the cursor of each. The
 * fake is warmed by a few pages first.
 *
 * <p>Arguments: the contacts (default 20,000), the requests a minute the fake allows and the
 * harness may make (default 3,000), the fake's latency in ms (default 100), {@code no-pager} to
 * time the harness alone (benchmark 2: {@code 100000 600 100 no-pager}) or {@code pager}, then the
 * accounts of the generated org if given (a number; by default one per 20 contacts; as many as
 * contacts makes the accounts list as long as the contacts list, as in an org with households and
 * person accounts), and JVM options for the harness, if any (e.g. {@code -XX:TieredStopAtLevel=1},
 * to see what the JIT's second tier costs a short run on two cores). Run from the repository root
 * or from {@code examples}, after {@code mvn package}: it runs {@code
 * examples/target/levitate-sf-harness.jar}.
 */
public final class FirstSync {
  private static final String PAGE_QUERY =
      "contacts?page_size=100&expand=account,owner"
          + "&include_remote_fields=true&include_deleted_data=true";
  private static final JsonFactory JSON = new JsonFactory();
  private static final int WARM_UP_PAGES = 20;

  private FirstSync() {}

  /** What the pager did. */
  private record Paged(int pages, long nanos) {}

  /** What the harness did: its wall time, and what its report and log say. */
  private record Synced(
      int exit,
      long nanos,
      long pages,
      long requests,
      long runMillis,
      long retried429,
      long contacts,
      Optional<ProcessCpu.Reading> cpu) {}

  public static void main(String[] args) throws IOException, InterruptedException {
    int contacts = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int limit = args.length > 1 ? Integer.parseInt(args[1]) : 3_000;
    int latency = args.length > 2 ? Integer.parseInt(args[2]) : 100;
    if (args.length > 3 && !args[3].equals("pager") && !args[3].equals("no-pager")) {
      throw new IllegalArgumentException(
          "the fourth argument is pager or no-pager, was \"" + args[3] + "\"");
    }
    boolean pager = !(args.length > 3 && args[3].equals("no-pager"));
    int next = 4;
    Optional<Integer> accounts = Optional.empty();
    if (args.length > next && args[next].matches("\\d+")) {
      accounts = Optional.of(Integer.parseInt(args[next++]));
    }
    List<String> jvm = new ArrayList<>();
    for (int i = next; i < args.length; i++) {
      jvm.add(args[i]);
    }
    Path jar = jar();
    Path work = Files.createTempDirectory("levitate-sf-bench");
    System.out.println(
        Bench.format(
            "First sync, whole process: %,d contacts%s from the fake Merge"
                + " served by %s (%d ms a request, %,d requests a minute); the harness at"
                + " --merge-rate-limit %d with H2 state and --out%s",
            contacts,
            accounts.map(n -> Bench.format(" in %,d accounts", n)).orElse(""),
            jar,
            latency,
            limit,
            limit,
            jvm.isEmpty() ? "" : "; the harness's JVM options: " + String.join(" ", jvm)));
    List<String> serve =
        new ArrayList<>(
            List.of(
                java(),
                "-jar",
                jar.toString(),
                "--serve",
                "0",
                "--latency",
                Integer.toString(latency),
                "--rate-limit",
                Integer.toString(limit),
                "--contacts",
                Integer.toString(contacts)));
    accounts.ifPresent(n -> serve.addAll(List.of("--accounts", Integer.toString(n))));
    Process fake =
        new ProcessBuilder(serve).redirectError(work.resolve("fake.err").toFile()).start();
    try {
      Map<String, String> env = credentials(fake);
      OkHttpClient http = new OkHttpClient.Builder().readTimeout(60, TimeUnit.SECONDS).build();
      Paged paged = null;
      if (pager) {
        page(http, env, WARM_UP_PAGES);
        paged = page(http, env, Integer.MAX_VALUE);
      }
      Optional<ProcessCpu> fakeCpu = ProcessCpu.watch(fake);
      double fakeBefore = fakeCpu.map(ProcessCpu::total).orElse(0.0);
      Synced synced = harness(jar, jvm, env, limit, work);
      fakeCpu.ifPresent(ProcessCpu::close);
      Optional<Double> fakeSeconds = fakeCpu.map(cpu -> cpu.total() - fakeBefore);
      report(contacts, limit, paged, synced, work);
      int cores = Runtime.getRuntime().availableProcessors();
      System.out.println(
          Bench.format(
              "CPU while the harness ran (%d cores): the harness %s; the fake %s",
              cores,
              synced.cpu().map(ProcessCpu.Reading::describe).orElse("not measured (no /proc)"),
              fakeSeconds
                  .map(seconds -> Bench.format("%.1f CPU-s", seconds))
                  .orElse("not measured")));
      if (synced.cpu().isPresent() && fakeSeconds.isPresent()) {
        floor(limit, paged, synced, synced.cpu().get(), fakeSeconds.get(), cores);
      }
    } finally {
      try (OutputStream in = fake.getOutputStream()) {
        in.flush();
      }
      if (!fake.waitFor(30, TimeUnit.SECONDS)) {
        fake.destroy();
      }
    }
  }

  private static void report(int contacts, int limit, Paged paged, Synced synced, Path work) {
    double perSecond = limit / 60.0;
    long pages = synced.pages();
    double bound = pages / perSecond;
    double ours = Bench.seconds(synced.nanos());
    System.out.println(
        Bench.format("%-34s %8s %8s %10s %8s", "", "seconds", "pages", "requests", "429s"));
    if (paged != null) {
      System.out.println(
          Bench.format(
              "%-34s %8.1f %8d %10d %8s",
              "sequential pager (no processing)",
              Bench.seconds(paged.nanos()),
              paged.pages(),
              paged.pages(),
              "-"));
    }
    System.out.println(
        Bench.format(
            "%-34s %8.1f %8d %10d %8d",
            "harness, whole process", ours, pages, synced.requests(), synced.retried429()));
    System.out.println(
        Bench.format(
            "  of which the sync run (engine's report): %.1f s; %,d"
                + " contacts read; harness exit %d; files in %s",
            synced.runMillis() / 1000.0, synced.contacts(), synced.exit(), work));
    System.out.println(
        Bench.format(
            "rate-limit bound: %d pages at %.0f a second = %.1f s;" + " harness: %.2f of the bound",
            pages, perSecond, bound, bound / ours));
    double requestBound = synced.requests() / perSecond;
    System.out.println(
        Bench.format(
            "  by every request the harness sent (the accounts list, the catalog and part pages"
                + " too): %d at %.0f a second = %.1f s; harness: %.2f of it",
            synced.requests(), perSecond, requestBound, requestBound / ours));
    double target = Target.of(limit, paged, synced).seconds();
    if (paged != null) {
      double ratio = Bench.seconds(paged.nanos()) / ours;
      System.out.println(
          Bench.format(
              "the harness is %.2fx as fast as the pager; target: 3x as"
                  + " fast and 0.60 of the bound: %s",
              ratio, ours <= target ? "met" : "MISSED"));
    } else {
      System.out.println(
          Bench.format(
              "target: at most %.1f s (1.2x the bound), no 429: %s",
              target, ours <= target && synced.retried429() == 0 ? "met" : "MISSED"));
    }
    if (synced.contacts() != contacts || synced.exit() != 0) {
      System.out.println("the harness did not read every contact: see " + work);
    }
  }

  /**
   * What the two processes' CPU allows: with {@code cores} cores, the harness cannot end before its
   * CPU and the fake's, spread over every core, have passed; nor before its JIT's alone have.
   * Beside the wall clock the targets ask for, this says whether more work on the code could meet
   * them on this machine, or only fewer CPU-seconds of a cold JVM could.
   */
  private static void floor(
      int limit, Paged paged, Synced synced, ProcessCpu.Reading harness, double fake, int cores) {
    double floor = (harness.total() + fake) / cores;
    double jit = harness.jit() / cores;
    Target target = Target.of(limit, paged, synced);
    String verdict;
    if (jit > target.seconds()) {
      verdict = "the JIT's part alone is past it: out of reach at this JIT cost on this machine";
    } else if (floor > target.seconds()) {
      verdict = "the floor is past it: out of reach unless the processes spend less CPU";
    } else {
      verdict = "the floor is within it";
    }
    System.out.println(
        Bench.format(
            "CPU floor: the harness's %.1f CPU-s and the fake's %.1f on %d cores need %.1f s of"
                + " wall clock at least, %.1f s of it the JIT's; the targets need the harness"
                + " done in %s: %s",
            harness.total(), fake, cores, floor, jit, target.asked(), verdict));
  }

  /**
   * The wall clock the harness's targets allow it: beside the pager, a third of the pager's time
   * and 0.6 of the rate-limit bound, whichever is shorter; alone, 1.2x the bound. {@code asked}
   * says which, with the figure.
   */
  private record Target(double seconds, String asked) {
    static Target of(int limit, Paged paged, Synced synced) {
      double bound = synced.pages() / (limit / 60.0);
      if (paged == null) {
        return new Target(1.2 * bound, Bench.format("%.1f s (1.2x the bound)", 1.2 * bound));
      }
      double third = Bench.seconds(paged.nanos()) / 3;
      return third < bound / 0.6
          ? new Target(third, Bench.format("%.1f s (a third of the pager's)", third))
          : new Target(bound / 0.6, Bench.format("%.1f s (0.6 of the bound)", bound / 0.6));
    }
  }

  /** Pages the fake's contacts as Merge's SDKs do, reading each page's cursor only. */
  private static Paged page(OkHttpClient http, Map<String, String> env, int most)
      throws IOException {
    HttpUrl first = HttpUrl.get(env.get("MERGE_BASE_URL") + "/" + PAGE_QUERY);
    String cursor = null;
    int pages = 0;
    long start = System.nanoTime();
    do {
      HttpUrl url =
          cursor == null ? first : first.newBuilder().addQueryParameter("cursor", cursor).build();
      Request request =
          new Request.Builder()
              .url(url)
              .header("Authorization", "Bearer " + env.get("MERGE_API_KEY"))
              .header("X-Account-Token", env.get("MERGE_ACCOUNT_TOKEN"))
              .build();
      try (Response response = http.newCall(request).execute()) {
        if (response.code() != 200) {
          throw new IllegalStateException("the fake answered HTTP " + response.code());
        }
        cursor = next(response.body().bytes());
      }
      pages++;
    } while (cursor != null && pages < most);
    return new Paged(pages, System.nanoTime() - start);
  }

  /** The page's {@code next}, read without building the page. */
  private static String next(byte[] body) throws IOException {
    try (JsonParser parser = JSON.createParser(body)) {
      parser.nextToken();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (name.equals("next")) {
          return value == JsonToken.VALUE_STRING ? parser.getText() : null;
        }
        parser.skipChildren();
      }
    }
    return null;
  }

  private static Synced harness(
      Path jar, List<String> jvm, Map<String, String> env, int limit, Path work)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(java()));
    command.addAll(jvm);
    command.addAll(
        List.of(
            "-jar",
            jar.toString(),
            "--once",
            "--merge-base-url",
            env.get("MERGE_BASE_URL"),
            "--merge-rate-limit",
            Integer.toString(limit),
            "--state",
            work.resolve("state").toString(),
            "--out",
            work.resolve("out").toString()));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectOutput(work.resolve("harness.out").toFile())
            .redirectError(work.resolve("harness.err").toFile());
    builder.environment().put("MERGE_API_KEY", env.get("MERGE_API_KEY"));
    builder.environment().put("MERGE_ACCOUNT_TOKEN", env.get("MERGE_ACCOUNT_TOKEN"));
    long start = System.nanoTime();
    Process process = builder.start();
    Optional<ProcessCpu> cpu = ProcessCpu.watch(process);
    int exit = process.waitFor();
    long nanos = System.nanoTime() - start;
    cpu.ifPresent(ProcessCpu::close);
    Optional<ProcessCpu.Reading> reading = cpu.map(ProcessCpu::reading);
    long retried =
        Files.readAllLines(work.resolve("harness.err")).stream()
            .filter(line -> line.contains("HTTP 429"))
            .count();
    JsonNode run =
        new ObjectMapper()
            .readTree(work.resolve("out").resolve("report.json").toFile())
            .path("runs")
            .path(0);
    JsonNode counts = run.path("counts");
    return new Synced(
        exit,
        nanos,
        counts.path("pages").asLong(),
        counts.path("mergeRequests").asLong(),
        run.path("durationMillis").asLong(),
        retried,
        counts.path("contactsRead").asLong(),
        reading);
  }

  /** The three {@code NAME=value} lines the served fake prints first. */
  private static Map<String, String> credentials(Process fake) throws IOException {
    BufferedReader lines =
        new BufferedReader(new InputStreamReader(fake.getInputStream(), StandardCharsets.UTF_8));
    Map<String, String> env = new HashMap<>();
    while (env.size() < 3) {
      String line = lines.readLine();
      if (line == null) {
        throw new IllegalStateException("the fake ended before it printed its credentials");
      }
      String[] pair = line.split("=", 2);
      if (pair.length == 2) {
        env.put(pair[0], pair[1]);
      }
    }
    return env;
  }

  private static Path jar() {
    for (String candidate :
        List.of("target/levitate-sf-harness.jar", "examples/target/levitate-sf-harness.jar")) {
      Path path = Path.of(candidate).toAbsolutePath();
      if (Files.isRegularFile(path)) {
        return path;
      }
    }
    throw new UncheckedIOException(
        new IOException(
            "No levitate-sf-harness.jar under target/ or"
                + " examples/target/; run mvn -B -q -pl examples -am package -DskipTests first."));
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
