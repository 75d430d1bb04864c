package ai.levitate.sf.examples.internal;

import ai.levitate.sf.core.model.FieldDescriptor;
import ai.levitate.sf.core.model.SourceAccount;
import ai.levitate.sf.testkit.MergeDataSet;
import ai.levitate.sf.testkit.MergeFixture;
import ai.levitate.sf.testkit.SalesforceDataGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Salesforce data of the harness's own fake Merge: generated from a seed or loaded from a
 * fixture, and then changed in rounds, one a harness invocation. For generated data the state
 * directory records the seed and size and when each round happened, so the next invocation rebuilds
 * exactly the data the last one left (the generator is deterministic, and each round replays at its
 * recorded instant) and its incremental run sees only the new round's changes. A fixture is the org
 * as it is now: the next invocation serves whatever fixture it is given, week after week, and its
 * incremental run reads what the records' {@code modified_at} says changed.
 */
public final class FakeData {
  static final String FILE = "harness.properties";
  private static final String FIXTURE = "a fixture";

  /** Where a fixture's timeline got to when the last invocation on the state ended. */
  private static final String TIMELINE = "fixtureTimeline";

  private static final List<String> TITLES =
      List.of(
          "Managing Director",
          "Partner",
          "Chief Executive Officer",
          "Head of Wealth Planning",
          "Vice President, Client Services");
  private static final List<String> NICKNAMES = List.of("Bea", "Kit", "Sandy", "Jo", "Max", "Lou");

  private final MergeDataSet data;
  private final DataClock dataClock;
  private final String description;
  private final Properties record;
  private final Path recordFile;
  private final long seed;
  private Optional<Instant> timelineStart = Optional.empty();

  /** A fixture's timeline: the harness's clock, ticking on from the fixture's "now". */
  private Clock timeline;

  private FakeData(
      MergeDataSet data,
      DataClock dataClock,
      String description,
      Properties record,
      Path recordFile,
      long seed) {
    this.data = data;
    this.dataClock = dataClock;
    this.description = description;
    this.record = record;
    this.recordFile = recordFile;
    this.seed = seed;
  }

  /** What one round changed. */
  public record Round(
      int number, int edits, int deletions, int deceased, int optedOut, int accountsRenamed) {
    public String describe() {
      return String.format(
          Locale.ROOT,
          "round %d changed in Salesforce: %d edits, %d deletions,"
              + " %d deceased, %d opted out, %d account renamed",
          number,
          edits,
          deletions,
          deceased,
          optedOut,
          accountsRenamed);
    }
  }

  /**
   * The data the options ask for. Generated data is rebuilt with the rounds recorded in {@code
   * stateDir} replayed, and must be the data the state was made from. A fixture is the org as it is
   * now, whatever fixture the state was made from: it is served as given, on its own timeline
   * ({@link #timeline}), so the next run reads what its {@code modified_at} says changed.
   *
   * @throws UsageException when the state directory was made from other data
   */
  public static FakeData open(Options options, Path stateDir, Clock clock) throws IOException {
    Path file = stateDir.resolve(FILE);
    Properties record = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      record.load(in);
    } catch (NoSuchFileException e) {
      // A new state directory: the data is made now and recorded after the first round.
    }
    String origin = origin(options);
    String recorded = record.getProperty("data");
    if (recorded != null
        && !recorded.equals(origin)
        && !(isFixture(recorded) && options.fixture().isPresent())) {
      throw new UsageException(
          "The state in "
              + stateDir
              + " was made from "
              + (isFixture(recorded) ? FIXTURE : recorded)
              + ", not "
              + origin
              + "; pass the same data"
              + " or another --state directory.");
    }
    record.setProperty("data", origin);
    if (options.fixture().isPresent()) {
      // Timestamps that cannot be read sort first; the timeline starts after the fixture's last.
      FakeData fake = create(options, new DataClock(clock, Instant.EPOCH), record, file);
      fake.startTimeline(clock);
      return fake;
    }
    Instant generatedAt =
        recorded == null ? clock.instant() : Instant.parse(record.getProperty("generatedAt"));
    record.setProperty("generatedAt", generatedAt.toString());
    FakeData fake = create(options, new DataClock(clock, generatedAt), record, file);
    List<Instant> rounds = rounds(record);
    for (int i = 0; i < rounds.size(); i++) {
      fake.dataClock.pin(rounds.get(i));
      fake.change(i + 1);
    }
    fake.dataClock.follow();
    return fake;
  }

  /**
   * A fixture's "now": just after its latest {@code modified_at}, and never before where the last
   * invocation on this state left off, so runs on one state follow each other in time as they would
   * against a live Merge.
   */
  private void startTimeline(Clock clock) {
    Optional<Instant> latest =
        data.latestModifiedAt().filter(t -> t.isAfter(Instant.EPOCH)).map(t -> t.plusSeconds(1));
    Optional<Instant> leftOff =
        Optional.ofNullable(record.getProperty(TIMELINE)).map(Instant::parse);
    Instant start =
        latest.isPresent() && leftOff.isPresent()
            ? (latest.get().isAfter(leftOff.get()) ? latest.get() : leftOff.get())
            : latest.or(() -> leftOff).orElse(clock.instant());
    timelineStart = Optional.of(start);
    timeline = Clock.offset(clock, Duration.between(clock.instant(), start));
    // Merge's clock runs on the fixture's timeline from now on, as the harness's own does.
    dataClock.rebase(timeline);
    dataClock.follow();
  }

  /**
   * The clock this invocation runs on: {@code real} for generated data; for a fixture, the same
   * ticking, but starting at the fixture's "now", so the engine, the fake and the state see one
   * timeline.
   */
  public Clock timeline(Clock real) {
    return timeline != null ? timeline : real;
  }

  /** The data the options ask for, as it starts; nothing is recorded (for {@code --serve}). */
  public static FakeData fresh(Options options, Clock clock) throws IOException {
    if (options.fixture().isPresent()) {
      FakeData fake = create(options, new DataClock(clock, Instant.EPOCH), new Properties(), null);
      fake.startTimeline(clock);
      return fake;
    }
    FakeData fake = create(options, new DataClock(clock, clock.instant()), new Properties(), null);
    fake.dataClock.follow();
    return fake;
  }

  private static FakeData create(Options options, DataClock dataClock, Properties record, Path file)
      throws IOException {
    if (options.fixture().isPresent()) {
      Path fixture = options.fixture().get();
      MergeDataSet data;
      try {
        data = MergeFixture.load(fixture, dataClock);
      } catch (NoSuchFileException e) {
        throw new UsageException("--fixture " + fixture + " does not exist.");
      } catch (IllegalArgumentException e) {
        // The loader's message starts with the file and names the place and the reason.
        throw new UsageException("--fixture " + e.getMessage());
      } catch (IOException e) {
        throw new UsageException("--fixture " + fixture + " cannot be read: " + e.getMessage());
      }
      return new FakeData(
          data,
          dataClock,
          String.format(Locale.ROOT, "the fixture %s (%d contacts)", fixture, data.contactCount()),
          record,
          file,
          fixture.toString().hashCode());
    }
    return generate(
        options.contactCount(), options.accounts(), options.seedValue(), dataClock, record, file);
  }

  /**
   * A generated org of {@code contacts} contacts from {@code seed}, made at {@code clock}'s
   * instant; nothing is recorded. The same arguments give the same org and the same rounds of
   * changes.
   */
  public static FakeData generated(int contacts, long seed, Clock clock) {
    FakeData fake =
        generate(
            contacts,
            Optional.empty(),
            seed,
            new DataClock(clock, clock.instant()),
            new Properties(),
            null);
    fake.dataClock.follow();
    return fake;
  }

  private static FakeData generate(
      int contacts,
      Optional<Integer> accounts,
      long seed,
      DataClock dataClock,
      Properties record,
      Path file) {
    SalesforceDataGenerator.Builder generator =
        SalesforceDataGenerator.builder().seed(seed).contacts(contacts).clock(dataClock);
    accounts.ifPresent(generator::accounts);
    MergeDataSet data = generator.build().generate();
    return new FakeData(
        data,
        dataClock,
        String.format(
            Locale.ROOT,
            "%d generated contacts%s (seed %d)",
            contacts,
            accounts.map(n -> String.format(Locale.ROOT, " in %d accounts", n)).orElse(""),
            seed),
        record,
        file,
        seed);
  }

  public MergeDataSet data() {
    return data;
  }

  public String describe() {
    return description + timelineStart.map(t -> ", the org as Merge held it at " + t).orElse("");
  }

  /** The number of rounds of changes made so far, by this invocation and the ones before. */
  public int rounds() {
    return rounds(record).size();
  }

  /**
   * Makes the next round of changes a moment before {@code now} and records it, so the next sync
   * run (which reads what changed before it started) sees it.
   */
  public Round nextRound(Instant now) throws IOException {
    List<Instant> rounds = rounds(record);
    Instant at = now.minus(Duration.ofMillis(1));
    dataClock.pin(at);
    Round round = change(rounds.size() + 1);
    dataClock.follow();
    rounds.add(at);
    record.setProperty(
        "rounds", rounds.stream().map(Instant::toString).collect(Collectors.joining(",")));
    save();
    return round;
  }

  /**
   * Records where the data came from, and for a fixture where its timeline got to ({@code now}), at
   * the end of an invocation that synced.
   */
  public void save(Instant now) throws IOException {
    if (timelineStart.isPresent()) {
      record.setProperty(TIMELINE, now.toString());
    }
    save();
  }

  private void save() throws IOException {
    if (recordFile == null) {
      return;
    }
    Files.createDirectories(recordFile.getParent());
    try (OutputStream out = Files.newOutputStream(recordFile)) {
      record.store(out, "levitate-sf harness: the fake Merge data this state was synced from");
    }
  }

  /** Round {@code number}: the same changes to the same contacts whenever it is replayed. */
  private Round change(int number) {
    int n = data.contactCount();
    if (n == 0) {
      return new Round(number, 0, 0, 0, 0, 0);
    }
    Random random = new Random(seed * 1_000_003L + number);
    Set<String> fields =
        data.contactFields().stream().map(FieldDescriptor::apiName).collect(Collectors.toSet());
    List<String> picked =
        pick(random, n, Math.max(2, n / 150) + Math.max(1, n / 300) + 2 * Math.max(1, n / 1000));
    int edits = Math.min(picked.size(), Math.max(2, n / 150));
    int deletions = Math.min(picked.size() - edits, Math.max(1, n / 300));
    int rest = picked.size() - edits - deletions;
    int deceased = fields.contains("Deceased__c") || fields.contains("DeceasedDate") ? rest / 2 : 0;
    int optedOut = fields.contains("HasOptedOutOfEmail") ? rest - rest / 2 : 0;
    int i = 0;
    for (; i < edits; i++) {
      edit(picked.get(i), fields, random);
    }
    for (; i < edits + deletions; i++) {
      data.deleteContact(picked.get(i));
    }
    for (int d = 0; d < deceased; d++) {
      data.markDeceased(picked.get(i++));
    }
    for (int o = 0; o < optedOut; o++) {
      data.markOptedOut(picked.get(i++));
    }
    int renamed = 0;
    List<SourceAccount> accounts = data.accounts();
    if (!accounts.isEmpty()) {
      SourceAccount account = accounts.get(random.nextInt(accounts.size()));
      data.renameAccount(
          account.mergeId(), account.name().orElse("Account") + " (renamed " + number + ")");
      renamed = 1;
    }
    return new Round(number, edits, deletions, deceased, optedOut, renamed);
  }

  private void edit(String id, Set<String> fields, Random random) {
    String title = TITLES.get(random.nextInt(TITLES.size()));
    String nickname = NICKNAMES.get(random.nextInt(NICKNAMES.size()));
    data.editContact(
        id,
        c -> {
          if (fields.contains("Title")) {
            c.set("Title", title);
          } else {
            c.set("LastName", c.value("LastName").map(Object::toString).orElse("Smith") + "-Jones");
          }
          if (fields.contains("Nickname__c")) {
            c.set("Nickname__c", nickname);
          }
        });
  }

  /** Up to {@code count} distinct contacts, in the order drawn. */
  private List<String> pick(Random random, int n, int count) {
    Set<Integer> indexes = new LinkedHashSet<>();
    int wanted = Math.min(count, n);
    while (indexes.size() < wanted) {
      indexes.add(random.nextInt(n));
    }
    List<String> ids = new ArrayList<>();
    for (int index : indexes) {
      ids.add(data.contactId(index));
    }
    return ids;
  }

  private static List<Instant> rounds(Properties record) {
    String rounds = record.getProperty("rounds", "");
    List<Instant> instants = new ArrayList<>();
    for (String at : rounds.split(",")) {
      if (!at.isBlank()) {
        instants.add(Instant.parse(at.strip()));
      }
    }
    return instants;
  }

  private static String origin(Options options) {
    return options.fixture().isPresent()
        ? FIXTURE
        : "--contacts "
            + options.contactCount()
            + options.accounts().map(n -> " --accounts " + n).orElse("")
            + " --seed "
            + options.seedValue();
  }

  /** Older harnesses recorded the fixture's path; any fixture may follow any fixture. */
  private static boolean isFixture(String origin) {
    return origin.equals(FIXTURE) || origin.startsWith("--fixture ");
  }

  /**
   * Merge's clock in the fake: pinned while the data is made or changed (so a replay stamps what
   * the first invocation stamped), else the harness's clock, as Merge's runs on while the harness
   * syncs; it never runs backwards. The fake's answers carry it in their {@code Date}.
   */
  private static final class DataClock extends Clock {
    private Clock base;
    private Instant pinned;
    private Instant latest;

    DataClock(Clock base, Instant start) {
      this.base = base;
      this.pinned = start;
      this.latest = start;
    }

    /** Follows {@code timeline} from now on (a fixture's, once its start is known). */
    synchronized void rebase(Clock timeline) {
      base = timeline;
    }

    synchronized void pin(Instant at) {
      pinned = at;
    }

    synchronized void follow() {
      pinned = null;
    }

    @Override
    public synchronized Instant instant() {
      Instant now = pinned != null ? pinned : base.instant();
      if (now.isAfter(latest)) {
        latest = now;
      }
      return pinned != null ? pinned : latest;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("the fake's clock is in UTC");
    }
  }
}
