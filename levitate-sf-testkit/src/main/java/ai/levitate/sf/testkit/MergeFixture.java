package ai.levitate.sf.testkit;

import ai.levitate.sf.testkit.internal.FixtureReader;
import ai.levitate.sf.testkit.internal.FixtureWriter;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * Loads and saves a {@link MergeDataSet} as one Merge-shaped JSON file: {@code contacts} as Merge
 * returns them with {@code expand=account,owner} and {@code include_remote_fields=true}, plus
 * {@code accounts}, {@code users} and {@code contactRemoteFieldClasses}. The module README
 * describes the format.
 *
 * <p>A loaded fixture is served exactly as the file holds it: every record keeps its keys, nulls,
 * value shapes and field classes (objects or ids), and the fake applies only Merge's paging,
 * filters, {@code expand} and timestamps; changes made through the data set edit that JSON. What
 * Merge could send loads (any value in a remote field, keys in any order or unknown, missing or
 * empty lists, timestamps that cannot be read); what cannot be a fixture is refused.
 *
 * <pre>{@code
 * MergeFixture.save(SalesforceDataGenerator.builder().seed(3).contacts(200).build().generate(), path);
 * MergeDataSet data = MergeFixture.load(path, clock);
 * }</pre>
 */
public final class MergeFixture {
  private static final String ADVISOR_ORG = "/ai/levitate/sf/testkit/advisor-org.json";

  private MergeFixture() {}

  /**
   * Reads a fixture; changes to the data set are stamped with {@code clock}, and a record's
   * timestamp that is missing or cannot be read counts as the clock's instant for Merge's filters.
   *
   * @throws IllegalArgumentException when the file cannot be a fixture (not JSON, not one object, a
   *     list of something other than records, a record without an id, an id listed twice), with a
   *     message that starts with the file name and names the place (list and position, line and
   *     column) and what is wrong
   */
  public static MergeDataSet load(Path file, Clock clock) throws IOException {
    Objects.requireNonNull(file, "file == null");
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      return load(in, clock, file.toString());
    }
  }

  /**
   * Reads a fixture from a stream, as {@link #load(Path, Clock)}; messages name it "the fixture".
   */
  public static MergeDataSet load(InputStream in, Clock clock) throws IOException {
    return load(in, clock, "the fixture");
  }

  private static MergeDataSet load(InputStream in, Clock clock, String name) throws IOException {
    Objects.requireNonNull(in, "in == null");
    Objects.requireNonNull(clock, "clock == null");
    return new MergeDataSet(FixtureReader.read(in, clock, name));
  }

  /**
   * A financial advisor's org as Merge would return it: person accounts (one deceased), two
   * households (one typed {@code household} by hand), a business, an account Merge sends as an id,
   * a deleted account and a contact deleted in Salesforce, with values people typed: an impossible
   * birthdate, dates written as dates and times, names typed decomposed (NFD), a nickname between
   * invisible spaces, one number written three ways (nationally and internationally, as a vanity
   * number, in full-width digits), a title past Salesforce's 128 characters, flags where a tag is
   * cut. The fixture file is the resource {@code ai/levitate/sf/testkit/advisor-org.json}.
   */
  public static MergeDataSet advisorOrg(Clock clock) {
    Objects.requireNonNull(clock, "clock == null");
    try (InputStream in = MergeFixture.class.getResourceAsStream(ADVISOR_ORG)) {
      if (in == null) {
        throw new IllegalStateException(ADVISOR_ORG + " is missing from the testkit");
      }
      return load(in, clock);
    } catch (IOException e) {
      throw new UncheckedIOException("Reading " + ADVISOR_ORG + " failed", e);
    }
  }

  /** Writes {@code data} to {@code file}, replacing it; contacts are streamed, not held. */
  public static void save(MergeDataSet data, Path file) throws IOException {
    Objects.requireNonNull(file, "file == null");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      save(data, out);
    }
  }

  public static void save(MergeDataSet data, OutputStream out) throws IOException {
    Objects.requireNonNull(data, "data == null");
    Objects.requireNonNull(out, "out == null");
    FixtureWriter.write(data.data(), out);
  }
}
