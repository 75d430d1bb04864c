package ai.levitate.sf.core.transform;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.core.internal.Graphemes;
import ai.levitate.sf.core.model.Email;
import ai.levitate.sf.core.model.FieldProblem;
import ai.levitate.sf.core.model.FieldValue;
import ai.levitate.sf.core.model.KeyFact;
import ai.levitate.sf.core.model.LevitateContact;
import ai.levitate.sf.core.model.Phone;
import ai.levitate.sf.core.model.Provenance;
import ai.levitate.sf.core.model.SourceContact;
import ai.levitate.sf.core.model.Tag;
import ai.levitate.sf.core.settings.SyncSettings;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
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
    forEachCase(
        (source, settings) -> {
          TransformResult first = result(source);
          TransformResult again =
              ContactTransformer.create(Fixtures.CATALOG, settings).transform(shuffled(source));

          assertThat(again).isEqualTo(first);
          assertThat(again.toString()).isEqualTo(first.toString());
        });
  }

  @Test
  void everyTagFitsAndSalesforceComesFirst() {
    forEachCase(
        (source, settings) ->
            transformed(source, settings)
                .ifPresent(
                    out -> {
                      assertThat(out.tagNames()).first().isEqualTo("Salesforce");
                      for (String tag : out.tagNames()) {
                        assertThat(tag.codePointCount(0, tag.length())).isBetween(1, 60);
                        assertThat(tag)
                            .doesNotStartWith(" ")
                            .doesNotEndWith(" ")
                            .doesNotContain("  ");
                        assertThat(tag.charAt(tag.length() - 1))
                            .matches(c -> !Character.isHighSurrogate(c));
                      }
                      assertThat(out.tagNames()).doesNotHaveDuplicates();
                    }));
  }

  @Test
  void textIsNfcWithNothingBlankAtItsEndsAndOneSpaceBetweenWords() {
    forEachCase(
        (source, settings) ->
            transformed(source, settings)
                .ifPresent(
                    out -> {
                      List<String> texts = new ArrayList<>(out.tagNames());
                      out.firstName().ifPresent(texts::add);
                      out.lastName().ifPresent(texts::add);
                      out.nickname().ifPresent(texts::add);
                      out.jobTitle().ifPresent(texts::add);
                      out.companyName().ifPresent(texts::add);
                      for (String text : texts) {
                        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC))
                            .as(text)
                            .isTrue();
                        assertThat(blank(text.codePointAt(0))).as(text).isFalse();
                        assertThat(blank(text.codePointBefore(text.length()))).as(text).isFalse();
                        assertThat(text)
                            .doesNotContain("  ")
                            .doesNotContain("\u200B")
                            .doesNotContain("\u00A0");
                      }
                    }));
  }

  @Test
  void aCutTagEndsBetweenTwoCharactersAsAReaderSeesThem() {
    int[] cut = new int[1];
    forEachCase(
        (source, settings) ->
            transformed(source, settings)
                .ifPresent(
                    out -> {
                      for (String tag : out.tagNames()) {
                        if (!tag.endsWith("...") || tag.codePointCount(0, tag.length()) < 40) {
                          continue;
                        }
                        String body = tag.substring(0, tag.length() - 3);
                        if (!uncutTags(source, tag, 0).isEmpty()) {
                          continue; // a value of its own that ends in "..."
                        }
                        for (String full : uncutTags(source, body, 60)) {
                          cut[0]++;
                          assertThat(body).as("no space before the ...").doesNotEndWith(" ");
                          assertThat(Graphemes.boundaryAtOrBefore(full, body.length()))
                              .as(full)
                              .isEqualTo(body.length());
                        }
                      }
                    }));
    assertThat(cut[0]).as("cut tags traced to their uncut text").isGreaterThan(CASES / 20);
  }

  @Test
  void phonesAreDistinctNumbersAndFieldProblemsNameTheirContactAndField() {
    forEachCase(
        (source, settings) -> {
          TransformResult result = result(source);
          result
              .transformed()
              .ifPresent(
                  out -> {
                    String region =
                        out.address()
                            .flatMap(a -> a.country())
                            .flatMap(CountryRegions::of)
                            .orElse(settings.defaultPhoneRegion());
                    // Spellings libphonenumber reads as possible numbers are kept once each.
                    assertThat(
                            out.phones().stream()
                                .map(p -> p.number())
                                .filter(n -> possible(n, region))
                                .map(n -> PhoneNumbers.key(n, region))
                                .toList())
                        .doesNotHaveDuplicates();
                    out.phones()
                        .forEach(p -> assertThat(PhoneNumbers.hasDigit(p.number())).isTrue());
                  });
          for (FieldProblem problem : result.fieldProblems()) {
            assertThat(problem.salesforceId()).isEqualTo(source.remoteId().orElseThrow().strip());
            assertThat(problem.message()).isNotBlank();
            if (problem.kind() == FieldProblem.Kind.UNREADABLE
                || problem.kind() == FieldProblem.Kind.TIME_IN_DATE_FIELD) {
              assertThat(source.fields()).containsKey(problem.field());
            }
          }
        });
  }

  /**
   * The uncut tags of the source's values that begin with {@code body} and are longer than {@code
   * min}.
   */
  private static List<String> uncutTags(SourceContact source, String body, int min) {
    List<String> tags = new ArrayList<>();
    for (ai.levitate.sf.core.model.FieldDescriptor field : Fixtures.CATALOG.fields()) {
      source
          .field(field.apiName())
          .ifPresent(
              value -> {
                List<String> parts = new ArrayList<>(List.of(value.display()));
                parts.addAll(List.of(value.display().split(";")));
                for (String part : parts) {
                  String full =
                      TagText.clean(field.label())
                          + ": "
                          + TagText.clean(field.choiceLabel(part.strip()));
                  if (full.startsWith(body) && full.codePointCount(0, full.length()) > min) {
                    tags.add(full);
                  }
                }
              });
    }
    return tags;
  }

  private static boolean possible(String number, String region) {
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    try {
      return util.isPossibleNumber(util.parse(PhoneNumbers.asciiDigits(number), region));
    } catch (NumberParseException e) {
      return false;
    }
  }

  private static boolean blank(int cp) {
    int type = Character.getType(cp);
    return Character.isWhitespace(cp)
        || Character.isSpaceChar(cp)
        || type == Character.FORMAT
        || type == Character.CONTROL;
  }

  @Test
  void everyOutputValueComesFromTheInput() {
    forEachCase(
        (source, settings) ->
            transformed(source, settings)
                .ifPresent(
                    out -> {
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
                            assertThat(mergeValues(source, from.field().orElseThrow()))
                                .contains(from.value().orElseThrow());
                            break;
                          default:
                            assertThat(out.tags().get(0).source()).isEqualTo(from);
                        }
                      }
                    }));
  }

  @Test
  void neverThrowsAndRejectsOnlyWithAReason() {
    forEachCase(
        (source, settings) -> {
          TransformResult result = result(source);
          result.rejected().ifPresent(problem -> assertThat(problem.message()).isNotBlank());
        });
  }

  @Test
  void generatedCasesReachTheAwkwardBranches() {
    int[] counts = new int[6];
    forEachCase(
        (source, settings) -> {
          TransformResult result = result(source);
          if (result.rejected().isPresent()) {
            counts[0]++;
            return;
          }
          LevitateContact out = result.transformed().orElseThrow();
          counts[1]++;
          counts[2] +=
              out.tagNames().stream().anyMatch(t -> t.endsWith("...") && t.length() >= 60) ? 1 : 0;
          counts[3] += out.tagNames().contains("Unsubscribe") ? 1 : 0;
          counts[4] += out.status() != ai.levitate.sf.core.model.ContactStatus.ACTIVE ? 1 : 0;
          counts[5] +=
              out.tags().size() > 3 && !out.keyFacts().isEmpty() && !out.phones().isEmpty() ? 1 : 0;
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

  private static java.util.Optional<LevitateContact> transformed(
      SourceContact source, SyncSettings settings) {
    return result(source).transformed();
  }

  private static SourceContact shuffled(SourceContact source) {
    List<Map.Entry<String, FieldValue>> entries = new ArrayList<>(source.fields().entrySet());
    Collections.shuffle(entries, new Random(entries.size()));
    Map<String, FieldValue> fields = new LinkedHashMap<>();
    entries.forEach(e -> fields.put(e.getKey(), e.getValue()));
    return SourceContact.builder().from(source).fields(fields).build();
  }

  /**
   * The generated cases, made and transformed once for every property: a seed, settings, a contact
   * and its transform (the transform is pure, so the properties may share it).
   */
  private record Case(
      long seed, SyncSettings settings, SourceContact source, TransformResult result) {}

  private static final List<Case> CASE_LIST =
      Stream.iterate(1L, seed -> seed + 1)
          .limit(CASES)
          .map(
              seed -> {
                RandomContacts random = new RandomContacts(seed, Fixtures.CATALOG);
                SyncSettings settings = random.settings();
                SourceContact source = random.contact();
                return new Case(
                    seed,
                    settings,
                    source,
                    ContactTransformer.create(Fixtures.CATALOG, settings).transform(source));
              })
          .toList();
  private static final Map<SourceContact, TransformResult> RESULTS = new IdentityHashMap<>();

  static {
    CASE_LIST.forEach(c -> RESULTS.put(c.source(), c.result()));
  }

  private static TransformResult result(SourceContact source) {
    return RESULTS.get(source);
  }

  private static void forEachCase(BiConsumer<SourceContact, SyncSettings> property) {
    for (Case c : CASE_LIST) {
      try {
        property.accept(c.source(), c.settings());
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError("seed " + c.seed() + ": " + e.getMessage(), e);
      }
    }
  }
}
