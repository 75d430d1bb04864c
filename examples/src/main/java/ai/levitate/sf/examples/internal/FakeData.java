package ai.levitate.sf.examples.internal;

import ai.levitate.sf.core.model.FieldDescriptor;
import ai.levitate.sf.core.model.SourceAccount;
import ai.levitate.sf.testkit.ManualClock;
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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Salesforce data of the harness's own fake Merge: generated from a seed or loaded from a
 * fixture, and then changed in rounds, one a harness invocation. The state directory records where
 * the data came from and when each round happened, so the next invocation rebuilds exactly the data
 * the last one left (the generator is deterministic, and each round replays at its recorded
 * instant) and its incremental run sees only the new round's changes.
 */
public final class FakeData {
  static final String FILE = "harness.properties";
  private static final List<String> TITLES = List.of("Managing Director", "Partner",
      "Chief Executive Officer", "Head of Wealth Planning", "Vice President, Client Services");
  private static final List<String> NICKNAMES = List.of("Bea", "Kit", "Sandy", "Jo", "Max", "Lou");

  private final MergeDataSet data;
  private final ManualClock dataClock;
  private final String description;
  private final Properties record;
  private final Path recordFile;
  private final long seed;

  private FakeData(MergeDataSet data, ManualClock dataClock, String description,
      Properties record, Path recordFile, long seed) {
    this.data = data;
    this.dataClock = dataClock;
    this.description = description;
    this.record = record;
    this.recordFile = recordFile;
    this.seed = seed;
  }

  /** What one round changed. */
  public record Round(int number, int edits, int deletions, int deceased, int optedOut,
      int accountsRenamed) {
    public String describe() {
      return String.format(Locale.ROOT, "round %d changed in Salesforce: %d edits, %d deletions,"
          + " %d deceased, %d opted out, %d account renamed", number, edits, deletions, deceased,
          optedOut, accountsRenamed);
    }
  }

  /**
   * The data the options ask for, with the rounds recorded in {@code stateDir} replayed.
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
    if (recorded != null && !recorded.equals(origin)) {
      throw new UsageException("The state in " + stateDir + " was made from " + recorded
          + ", not " + origin + "; pass the same data or another --state directory.");
    }
    Instant generatedAt = recorded == null ? clock.instant()
        : Instant.parse(record.getProperty("generatedAt"));
    record.setProperty("data", origin);
    record.setProperty("generatedAt", generatedAt.toString());
    FakeData fake = create(options, ManualClock.at(generatedAt), record, file);
    List<Instant> rounds = rounds(record);
    for (int i = 0; i < rounds.size(); i++) {
      fake.dataClock.set(rounds.get(i));
      fake.change(i + 1);
    }
    return fake;
  }

  /** The data the options ask for, as it starts; nothing is recorded (for {@code --serve}). */
  public static FakeData fresh(Options options, Clock clock) throws IOException {
    return create(options, ManualClock.at(clock.instant()), new Properties(), null);
  }

  private static FakeData create(Options options, ManualClock dataClock, Properties record,
      Path file) throws IOException {
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
      return new FakeData(data, dataClock, String.format(Locale.ROOT, "the fixture %s (%d contacts)",
          fixture, data.contactCount()), record, file, fixture.toString().hashCode());
    }
    MergeDataSet data = SalesforceDataGenerator.builder().seed(options.seedValue())
        .contacts(options.contactCount()).clock(dataClock).build().generate();
    return new FakeData(data, dataClock, String.format(Locale.ROOT,
        "%d generated contacts (seed %d)", options.contactCount(), options.seedValue()), record,
        file, options.seedValue());
  }

  public MergeDataSet data() {
    return data;
  }

  public String describe() {
    return description;
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
    dataClock.set(at);
    Round round = change(rounds.size() + 1);
    rounds.add(at);
    record.setProperty("rounds", rounds.stream().map(Instant::toString)
        .collect(Collectors.joining(",")));
    save();
    return round;
  }

  /** Records where the data came from, when no round was made (a {@code --once} run). */
  public void save() throws IOException {
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
    Set<String> fields = data.contactFields().stream().map(FieldDescriptor::apiName)
        .collect(Collectors.toSet());
    List<String> picked = pick(random, n, Math.max(2, n / 150) + Math.max(1, n / 300)
        + 2 * Math.max(1, n / 1000));
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
      data.renameAccount(account.mergeId(), account.name().orElse("Account") + " (renamed "
          + number + ")");
      renamed = 1;
    }
    return new Round(number, edits, deletions, deceased, optedOut, renamed);
  }

  private void edit(String id, Set<String> fields, Random random) {
    String title = TITLES.get(random.nextInt(TITLES.size()));
    String nickname = NICKNAMES.get(random.nextInt(NICKNAMES.size()));
    data.editContact(id, c -> {
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
    return options.fixture()
        .map(f -> "--fixture " + f.toAbsolutePath().normalize())
        .orElse("--contacts " + options.contactCount() + " --seed " + options.seedValue());
  }
}
