package ai.levitate.sf.core.transform;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.core.model.Email;
import ai.levitate.sf.core.model.FieldValue;
import ai.levitate.sf.core.model.KeyFact;
import ai.levitate.sf.core.model.LevitateContact;
import ai.levitate.sf.core.model.Phone;
import ai.levitate.sf.core.model.Provenance;
import ai.levitate.sf.core.model.SourceContact;
import ai.levitate.sf.core.model.Tag;
import ai.levitate.sf.core.settings.SyncSettings;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Properties of the transform over thousands of seeded, awkward contacts and settings. A failure
 * names its seed; rerun that seed alone to reproduce it.
 */
final class ContactTransformerPropertiesTest {
  private static final int CASES = 3_000;

  @Test
  void sameInputGivesEqualOutputWhateverTheFieldOrder() {
    forEachCase((source, settings) -> {
      TransformResult first = ContactTransformer.create(Fixtures.CATALOG, settings).transform(source);
      TransformResult again = ContactTransformer.create(Fixtures.CATALOG, settings).transform(shuffled(source));

      assertThat(again).isEqualTo(first);
      assertThat(again.toString()).isEqualTo(first.toString());
    });
  }

  @Test
  void everyTagFitsAndSalesforceComesFirst() {
    forEachCase((source, settings) -> transformed(source, settings).ifPresent(out -> {
      assertThat(out.tagNames()).first().isEqualTo("Salesforce");
      for (String tag : out.tagNames()) {
        assertThat(tag.codePointCount(0, tag.length())).isBetween(1, 60);
        assertThat(tag).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  ");
        assertThat(tag.charAt(tag.length() - 1)).matches(c -> !Character.isHighSurrogate(c));
      }
      assertThat(out.tagNames()).doesNotHaveDuplicates();
    }));
  }

  @Test
  void everyOutputValueComesFromTheInput() {
    forEachCase((source, settings) -> transformed(source, settings).ifPresent(out -> {
      List<Provenance> sources = new ArrayList<>();
      out.tags().stream().map(Tag::source).forEach(sources::add);
      out.keyFacts().stream().map(KeyFact::source).forEach(sources::add);
      out.phones().stream().map(Phone::source).forEach(sources::add);
      out.emails().stream().map(Email::source).forEach(sources::add);
      out.statusSource().ifPresent(sources::add);

      for (Provenance from : sources) {
        switch (from.origin()) {
          case SALESFORCE_FIELD:
            String field = from.field().orElseThrow();
            assertThat(source.fields()).containsKey(field);
            assertThat(Fixtures.CATALOG.contains(field)).isTrue();
            break;
          case MERGE_MODEL:
            assertThat(mergeValues(source, from.field().orElseThrow())).contains(from.value().orElseThrow());
            break;
          default:
            assertThat(out.tags().get(0).source()).isEqualTo(from);
        }
      }
    }));
  }

  @Test
  void neverThrowsAndRejectsOnlyWithAReason() {
    forEachCase((source, settings) -> {
      TransformResult result = ContactTransformer.create(Fixtures.CATALOG, settings).transform(source);
      result.rejected().ifPresent(problem -> assertThat(problem.message()).isNotBlank());
    });
  }

  @Test
  void generatedCasesReachTheAwkwardBranches() {
    int[] counts = new int[6];
    forEachCase((source, settings) -> {
      TransformResult result = ContactTransformer.create(Fixtures.CATALOG, settings).transform(source);
      if (result.rejected().isPresent()) {
        counts[0]++;
        return;
      }
      LevitateContact out = result.transformed().orElseThrow();
      counts[1]++;
      counts[2] += out.tagNames().stream().anyMatch(t -> t.endsWith("...") && t.length() >= 60) ? 1 : 0;
      counts[3] += out.tagNames().contains("Unsubscribe") ? 1 : 0;
      counts[4] += out.status() != ai.levitate.sf.core.model.ContactStatus.ACTIVE ? 1 : 0;
      counts[5] += out.tags().size() > 3 && !out.keyFacts().isEmpty() && !out.phones().isEmpty() ? 1 : 0;
    });
    // Properties over trivial contacts would prove little: the generator must reach every branch.
    assertThat(counts[0]).as("rejected").isGreaterThan(CASES / 100);
    assertThat(counts[1]).as("transformed").isGreaterThan(CASES / 2);
    assertThat(counts[2]).as("cut tags").isGreaterThan(CASES / 20);
    assertThat(counts[3]).as("unsubscribed").isGreaterThan(CASES / 20);
    assertThat(counts[4]).as("archived or removed").isGreaterThan(CASES / 20);
    assertThat(counts[5]).as("rich contacts").isGreaterThan(CASES / 20);
  }

  private static List<String> mergeValues(SourceContact source, String attribute) {
    switch (attribute) {
      case "phone_numbers":
        return source.phones().stream().map(p -> p.number().strip()).toList();
      case "email_addresses":
        return source.emails().stream().map(e -> e.address().strip()).toList();
      case "remote_was_deleted":
        return source.remoteWasDeleted() ? List.of("true") : List.of();
      default:
        return List.of();
    }
  }

  private static java.util.Optional<LevitateContact> transformed(SourceContact source, SyncSettings settings) {
    return ContactTransformer.create(Fixtures.CATALOG, settings).transform(source).transformed();
  }

  private static SourceContact shuffled(SourceContact source) {
    List<Map.Entry<String, FieldValue>> entries = new ArrayList<>(source.fields().entrySet());
    Collections.shuffle(entries, new Random(entries.size()));
    Map<String, FieldValue> fields = new LinkedHashMap<>();
    entries.forEach(e -> fields.put(e.getKey(), e.getValue()));
    return SourceContact.builder().from(source).fields(fields).build();
  }

  private static void forEachCase(BiConsumer<SourceContact, SyncSettings> property) {
    Stream.iterate(1L, seed -> seed + 1).limit(CASES).forEach(seed -> {
      RandomContacts random = new RandomContacts(seed, Fixtures.CATALOG);
      SyncSettings settings = random.settings();
      SourceContact source = random.contact();
      try {
        property.accept(source, settings);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError("seed " + seed + ": " + e.getMessage(), e);
      }
    });
  }
}
