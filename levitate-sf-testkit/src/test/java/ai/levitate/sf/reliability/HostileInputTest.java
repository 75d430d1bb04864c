package ai.levitate.sf.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.levitate.sf.core.LevitateSfException;
import ai.levitate.sf.core.model.ContactProblem;
import ai.levitate.sf.core.model.FieldProblem;
import ai.levitate.sf.core.settings.DeceasedSetting;
import ai.levitate.sf.core.settings.KeyFactSetting;
import ai.levitate.sf.core.settings.SyncSettings;
import ai.levitate.sf.core.spi.ContactQuery;
import ai.levitate.sf.core.spi.SyncListener;
import ai.levitate.sf.core.spi.SyncReport;
import ai.levitate.sf.core.sync.SyncEngine;
import ai.levitate.sf.core.writeback.NoteRequest;
import ai.levitate.sf.merge.MergeContactSource;
import ai.levitate.sf.merge.MergeCrmClient;
import ai.levitate.sf.merge.MergeInvalidResponseException;
import ai.levitate.sf.merge.MergeNoteWriter;
import ai.levitate.sf.merge.WebhookVerifier;
import ai.levitate.sf.reliability.Results.Figure;
import ai.levitate.sf.testkit.InMemorySyncLock;
import ai.levitate.sf.testkit.InMemorySyncStore;
import ai.levitate.sf.testkit.ManualClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Merge answers a hostile or broken server could send, met by the client through the calls the
 * engines make: every one must end in a result, a per-contact problem or a typed error (a {@link
 * LevitateSfException}), within the client's timeouts, reading no more than its body cap. Pages
 * whose contacts carry hostile values go through the sync engine end to end: the hostile contact is
 * synced or skipped with a reason, and its neighbours always sync; one hostile field value never
 * drops its contact, which syncs without it.
 */
@Tag("reliability")
final class HostileInputTest {
  /** Every call, retries included, ends well within this; more is a hang. */
  static final Duration LONGEST_CALL = Duration.ofSeconds(12);

  private static final Results.Row ROW = Results.suite("hostile input");
  private static ScriptedMerge merge;

  /** For the end-to-end runs, where a timeout would fail a page for the wrong reason. */
  private static MergeCrmClient patient;

  private static MergeCrmClient client;
  private static MergeContactSource source;
  private final List<String> failures = new ArrayList<>();

  @BeforeAll
  static void start() {
    merge = new ScriptedMerge();
    patient = merge.client(true);
    client = merge.client(false);
    source = MergeContactSource.create(client);
    source.fieldCatalog();
  }

  @AfterAll
  static void close() {
    merge.close();
  }

  @Test
  void hostileContactsAreSyncedOrSkippedWithAReasonWhileTheirNeighboursSync() {
    List<List<HostileAnswers.Mutation>> pages = HostileAnswers.mutatedPages();
    byte[] template = merge.templates.get("GET /contacts");
    int contacts = 0;
    for (List<HostileAnswers.Mutation> mutations : pages) {
      contacts += mutations.size();
      byte[] page = HostileAnswers.page(template, mutations);
      merge.reset();
      merge.answer("GET /contacts", () -> ScriptedMerge.json(200, page));
      ROW.add(Figure.CASES, mutations.size())
          .add(Figure.FAULTS, mutations.size())
          .add(Figure.COMPARED);
      syncPage(mutations);
    }
    merge.reset();
    assertThat(contacts).as("hostile contacts").isGreaterThan(1_000);
    assertThat(failures).as("pages whose contacts did not end as promised").isEmpty();
  }

  private void syncPage(List<HostileAnswers.Mutation> mutations) {
    InMemorySyncStore store = new InMemorySyncStore();
    ManualClock clock = ManualClock.at(Org.T0.plus(Duration.ofDays(1)));
    List<ContactProblem> problems = new ArrayList<>();
    List<FieldProblem> fieldProblems = new ArrayList<>();
    SyncEngine engine =
        SyncEngine.builder()
            .source(MergeContactSource.create(patient))
            .storage(store)
            .lock(new InMemorySyncLock(clock))
            .settings(settings())
            .clock(clock)
            .listener(
                new SyncListener() {
                  @Override
                  public void contactSkipped(String runId, ContactProblem problem) {
                    problems.add(problem);
                  }

                  @Override
                  public void fieldProblem(String runId, FieldProblem problem) {
                    fieldProblems.add(problem);
                  }
                })
            .build();
    Outcome outcome = Outcome.of(engine::run);
    record(outcome, mutations.toString());
    List<String> neighbours = neighbours();
    long synced = neighbours.stream().filter(id -> store.state(id).isPresent()).count();
    ROW.add(Figure.LOST, neighbours.size() - synced);
    if (!(outcome.result() instanceof SyncReport report)) {
      ROW.add(Figure.DIVERGED);
      failures.add(mutations + ": the run stopped with " + outcome);
      return;
    }
    List<String> leaked = new ArrayList<>();
    problems.forEach(p -> leaked.addAll(Secrets.find(p.message())));
    ROW.add(Figure.SECRETS, leaked.size());
    if (!leaked.isEmpty()) {
      failures.add(mutations + ": problems quote a secret: " + leaked);
    }
    fieldValues(mutations, store, problems, fieldProblems);
    long accounted = report.counts().created() + report.counts().skippedTotal();
    if (synced != neighbours.size()
        || accounted != HostileAnswers.PAGE
        || problems.stream().anyMatch(p -> p.message().isBlank())) {
      ROW.add(Figure.DIVERGED);
      failures.add(
          mutations
              + ": "
              + synced
              + " of "
              + neighbours.size()
              + " neighbours synced, "
              + accounted
              + " of "
              + HostileAnswers.PAGE
              + " contacts created or skipped, problems "
              + problems);
    }
  }

  /**
   * A hostile value in one field of a contact never drops the contact: it syncs without the value,
   * which is reported when the settings use the field and no type could read it (an object). Only
   * an unreadable deceased or opt-out indicator holds a new contact back, with that reason.
   */
  private void fieldValues(
      List<HostileAnswers.Mutation> mutations,
      InMemorySyncStore store,
      List<ContactProblem> problems,
      List<FieldProblem> fieldProblems) {
    JsonNode results = HostileAnswers.tree(merge.templates.get("GET /contacts")).path("results");
    for (int i = 0; i < mutations.size(); i++) {
      HostileAnswers.Mutation mutation = mutations.get(i);
      Optional<String> field = HostileAnswers.remoteField(mutation.path());
      if (field.isEmpty()) {
        continue;
      }
      String id = results.get(2 * i + 1).path("remote_id").asText();
      boolean indicator = INDICATORS.contains(field.get());
      boolean object = mutation.value().startsWith("{");
      boolean reported =
          fieldProblems.stream()
              .anyMatch(p -> p.salesforceId().equals(id) && p.field().equals(field.get()));
      boolean skipped =
          problems.stream()
              .anyMatch(
                  p ->
                      p.salesforceId().equals(Optional.of(id))
                          && p.kind() == ContactProblem.Kind.INVALID_FIELD_VALUE);
      String wrong = null;
      if (!indicator && store.state(id).isEmpty()) {
        wrong = "the contact was not synced";
      } else if (object && USED.contains(field.get()) && !reported) {
        wrong = "no field problem names " + field.get();
      } else if (object && indicator && !skipped) {
        wrong = "a new contact with an unreadable indicator was not skipped with that reason";
      }
      if (wrong != null) {
        ROW.add(Figure.DIVERGED);
        failures.add(mutation + ": " + wrong);
      }
    }
  }

  /** The Salesforce ids of the untouched contacts of a page. */
  private static List<String> neighbours() {
    JsonNode results = HostileAnswers.tree(merge.templates.get("GET /contacts")).path("results");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < HostileAnswers.PAGE; i += 2) {
      ids.add(results.get(i).path("remote_id").asText());
    }
    return ids;
  }

  private static final Set<String> INDICATORS = Set.of("Deceased__c", "HasOptedOutOfEmail");
  private static final Set<String> USED =
      Set.of(
          "Nickname__c",
          "Deceased__c",
          "HasOptedOutOfEmail",
          "Birthdate",
          "Anniversary__c",
          "Interests__c",
          "VIP__c",
          "Client_Tier__c",
          "Title");

  private static SyncSettings settings() {
    return SyncSettings.builder()
        .nicknameField("Nickname__c")
        .deceased(DeceasedSetting.archive("Deceased__c"))
        .optOutField("HasOptedOutOfEmail")
        .addKeyFacts(KeyFactSetting.of("Birthdate"), KeyFactSetting.of("Anniversary__c"))
        .addTagFields("Interests__c", "VIP__c", "Client_Tier__c", "Title")
        .build();
  }

  @Test
  void brokenAnswersToEveryCallEndInAResultOrATypedError() {
    Map<String, Callable<?>> calls = new LinkedHashMap<>();
    calls.put("GET /contacts", () -> source.readContacts(ContactQuery.all()));
    calls.put(
        "GET /contacts/remote-field-classes",
        () -> MergeContactSource.create(client).fieldCatalog());
    calls.put("GET /sync-status", () -> source.contactSyncStatus());
    calls.put("GET /users", () -> source.usersModifiedAfter(Org.T0));
    calls.put("GET /accounts", () -> source.accountsModifiedAfter(Org.T0));
    calls.put("GET /notes", () -> MergeNoteWriter.create(client).findNote("m-1", "ref 1"));
    calls.put("POST /notes", () -> MergeNoteWriter.create(client).write(note()));
    calls.put("GET /account-details", () -> client.accountDetails());
    calls.put("GET /notes/meta/post", () -> client.noteWriteMeta());
    calls.put("GET /contacts/{id}", () -> source.contact("m-1"));
    int answers = 0;
    for (Map.Entry<String, Callable<?>> call : calls.entrySet()) {
      String endpoint = call.getKey();
      boolean list =
          endpoint.startsWith("GET")
              && !endpoint.endsWith("}")
              && !endpoint.endsWith("details")
              && !endpoint.endsWith("post");
      for (Map.Entry<String, Supplier<MockResponse>> answer :
          HostileAnswers.answers(
                  merge.templates.get(endpoint),
                  list,
                  endpoint.equals("GET /contacts") || endpoint.equals("POST /notes"))
              .entrySet()) {
        merge.reset();
        merge.answer(endpoint, answer.getValue());
        ROW.add(Figure.CASES).add(Figure.FAULTS);
        record(Outcome.of(call.getValue()), endpoint + " answered " + answer.getKey());
        if (endpoint.equals("GET /account-details") || endpoint.equals("GET /notes/meta/post")) {
          record(
              Outcome.of(() -> client.preflight()).requireNoException(),
              "preflight, " + endpoint + " answered " + answer.getKey());
        }
        answers++;
      }
    }
    merge.reset();
    assertThat(answers).isGreaterThan(300);
    assertThat(failures).as("calls that did not end in a result or a typed error").isEmpty();
  }

  @Test
  void bodiesBeyondTheCapFailTypedWithoutBeingReadWhole() {
    byte[] template = merge.templates.get("GET /contacts");
    merge.reset();
    MergeContactSource patientSource = MergeContactSource.create(patient);
    patientSource.fieldCatalog();
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    for (String name : List.of("3 MB with a length", "3 MB chunked", "a gzip bomb of 64 MB")) {
      merge.reset();
      merge.answer("GET /contacts", HostileAnswers.answers(template, true, false).get(name));
      long before = threads.getCurrentThreadAllocatedBytes();
      // A patient client: what is measured is the cap, not how fast a loaded machine zips.
      assertThatThrownBy(() -> patientSource.readContacts(ContactQuery.all()))
          .as(name)
          .isInstanceOf(MergeInvalidResponseException.class)
          .hasMessageContaining(
              "answered with a body larger than " + ScriptedMerge.BODY_CAP + " bytes");
      // The body is read on the calling thread: what it allocated bounds what the client held.
      assertThat(threads.getCurrentThreadAllocatedBytes() - before)
          .as(name)
          .isLessThan(8 * ScriptedMerge.BODY_CAP);
    }
    merge.reset();
  }

  @Test
  void hostileWebhookBodiesAreRejectedOrReadButNeverCrashTheVerifier() {
    WebhookVerifier verifier = WebhookVerifier.create(Secrets.WEBHOOK_KEY);
    List<String> bodies =
        new ArrayList<>(
            List.of(
                "",
                "null",
                "[]",
                "{}",
                "42",
                "\"hook\"",
                "{\"hook\": 5}",
                "{\"hook\": {\"event\": {}}}",
                "{\"hook\": {\"event\": \"x\"},"
                    + " \"linked_account\": [], \"data\": 1e999999999}",
                "{\"hook\": {\"id\": null, \"event\": \"CRMContact.changed\"}, \"data\": {\"id\": {}}}",
                "[".repeat(5_000) + "]".repeat(5_000),
                "{\"a\": \"" + "x".repeat(3_000_000) + "\"}",
                "{\"hook\": {\"event\": \"\\ud800\"}}",
                "{\"@class\": \"java.lang.ProcessBuilder\"}"));
    for (HostileAnswers.Mutation m : HostileAnswers.mutatedPages().get(0)) {
      bodies.add(
          "{\"hook\": {\"event\": \"CRMContact.changed\"}, \"data\": {\"first_name\": "
              + m.value()
              + "}}");
    }
    for (String text : bodies) {
      byte[] body = text.getBytes(StandardCharsets.UTF_8);
      ROW.add(Figure.CASES).add(Figure.FAULTS);
      record(Outcome.of(() -> verifier.verify(body, verifier.sign(body))), "webhook " + cut(text));
    }
    byte[] invalidUtf8 = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}'};
    ROW.add(Figure.CASES).add(Figure.FAULTS);
    record(
        Outcome.of(() -> verifier.verify(invalidUtf8, verifier.sign(invalidUtf8))),
        "webhook with invalid UTF-8");
    assertThat(failures).as("webhook bodies that broke the verifier").isEmpty();
  }

  private static String cut(String text) {
    return text.length() > 60 ? text.substring(0, 60) + "..." : text;
  }

  private static NoteRequest note() {
    return NoteRequest.builder()
        .contactId("m-1")
        .title("Levitate note")
        .body("Hello\n\nLevitate activity a-1 ref 1")
        .idempotencyKey("key-1")
        .build();
  }

  /** Records an outcome: a typed error counts as a typed stop; anything else fails the test. */
  private void record(Outcome outcome, String what) {
    if (outcome.typed() != null) {
      ROW.add(Figure.TYPED_STOPS);
      List<String> secrets = Secrets.find(outcome.typed().getMessage());
      ROW.add(Figure.SECRETS, secrets.size());
      if (!secrets.isEmpty()) {
        failures.add(what + ": the error's message carries a secret: " + secrets);
      }
    }
    if (outcome.uncaught() != null) {
      ROW.add(Figure.UNCAUGHT);
      failures.add(what + ": " + outcome);
    }
    if (outcome.took().compareTo(LONGEST_CALL) > 0) {
      ROW.add(Figure.DIVERGED);
      failures.add(what + ": took " + outcome.took());
    }
  }

  /** How one call ended, and how long it took. */
  record Outcome(Object result, LevitateSfException typed, Throwable uncaught, Duration took) {
    static Outcome of(Callable<?> call) {
      long start = System.nanoTime();
      try {
        Object result = call.call();
        return new Outcome(result, null, null, Duration.ofNanos(System.nanoTime() - start));
      } catch (LevitateSfException e) {
        return new Outcome(null, e, null, Duration.ofNanos(System.nanoTime() - start));
      } catch (Throwable e) {
        return new Outcome(null, null, e, Duration.ofNanos(System.nanoTime() - start));
      }
    }

    /** This outcome, with a typed error counted as uncaught: for calls that promise none. */
    Outcome requireNoException() {
      return typed == null ? this : new Outcome(null, null, typed, took);
    }

    @Override
    public String toString() {
      Throwable failure = uncaught != null ? uncaught : typed;
      return failure == null
          ? "a result"
          : failure.getClass().getName() + ": " + failure.getMessage();
    }
  }
}
