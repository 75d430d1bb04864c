package ai.levitate.sf.merge;

import ai.levitate.sf.core.model.ContactProblem;
import ai.levitate.sf.core.model.FieldCatalog;
import ai.levitate.sf.core.model.SourceAccount;
import ai.levitate.sf.core.model.SourceContact;
import ai.levitate.sf.core.model.SourceSyncStatus;
import ai.levitate.sf.core.model.SourceUser;
import ai.levitate.sf.core.spi.AccountPage;
import ai.levitate.sf.core.spi.AccountQuery;
import ai.levitate.sf.core.spi.ContactPage;
import ai.levitate.sf.core.spi.ContactQuery;
import ai.levitate.sf.core.spi.ContactSource;
import ai.levitate.sf.core.spi.CursorRejectedException;
import ai.levitate.sf.core.spi.ReadLimits;
import ai.levitate.sf.merge.internal.MergeApi;
import ai.levitate.sf.merge.internal.convert.ContactConverter;
import ai.levitate.sf.merge.internal.convert.FieldModel;
import ai.levitate.sf.merge.internal.convert.RecordException;
import ai.levitate.sf.merge.internal.convert.Records;
import ai.levitate.sf.merge.internal.http.Answered;
import ai.levitate.sf.merge.internal.http.FailureBudget;
import ai.levitate.sf.merge.internal.http.Failures;
import ai.levitate.sf.merge.internal.http.Redactor;
import ai.levitate.sf.merge.internal.http.TokenBucket;
import ai.levitate.sf.merge.internal.wire.ContactRecord;
import ai.levitate.sf.merge.internal.wire.ContactRecordPage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sync engine's {@link ContactSource} over a {@link MergeCrmClient}: Salesforce contacts with
 * their account, owner and every readable field, typed by the account's field catalog.
 *
 * <pre>{@code
 * MergeContactSource source = MergeContactSource.builder(client)
 *     .salesforceDescribe(true)   // refine field types and picklists; spends Salesforce API quota
 *     .build();
 * FieldCatalog catalog = source.fieldCatalog();
 * ContactPage first = source.readContacts(ContactQuery.all());
 * }</pre>
 *
 * <p>Contacts are read with {@code expand=account,owner} and {@code include_remote_fields=true}. A
 * record that cannot be read becomes a {@link ContactProblem} of kind {@code UNREADABLE_RECORD} in
 * {@link ContactPage#unreadable()}; the rest of its page is returned. A shell record (ids and
 * metadata only), which Merge lists only when asked, is read again by its id in {@link
 * #readContacts}. The catalog is fetched by {@link #fieldCatalog()} and kept for reading contacts;
 * a source that reads contacts before fetching the catalog fetches it first. Thread-safe.
 */
public final class MergeContactSource implements ContactSource {
  private static final Logger log = LoggerFactory.getLogger(MergeContactSource.class);
  private static final String CONTACT = "GET contacts";
  private static final String ACCOUNTS = "GET accounts";

  private final MergeCrmClient client;
  private final MergeApi api;
  private final Failures failures;
  private final MergeLists lists;
  private final AtomicLong requests = new AtomicLong();
  private final FieldModels fieldModels;
  private final boolean salesforceDescribe;
  private final boolean includeRemoteData;
  private volatile FieldModel model;

  private MergeContactSource(Builder builder) {
    this.client = builder.client;
    this.api = builder.client.api(requests);
    this.failures = builder.client.failures();
    this.lists = new MergeLists(api, failures);
    this.salesforceDescribe = builder.salesforceDescribe;
    this.fieldModels =
        new FieldModels(
            api,
            failures,
            builder.client::newIdempotencyKey,
            builder.salesforceDescribe,
            builder.salesforceApiVersion);
    this.includeRemoteData = builder.includeRemoteData;
  }

  /** A source with the defaults: no Salesforce describe, no remote data. */
  public static MergeContactSource create(MergeCrmClient client) {
    return builder(client).build();
  }

  public static Builder builder(MergeCrmClient client) {
    return new Builder(Objects.requireNonNull(client, "client == null"));
  }

  /**
   * The Contact fields the connected user can see, fetched now from Merge's remote field classes
   * (and refined by a Salesforce describe when enabled), and kept for reading contacts.
   */
  @Override
  public FieldCatalog fieldCatalog() {
    FieldModel fresh = fieldModels.load();
    model = fresh;
    return fresh.catalog();
  }

  /**
   * The client's {@linkplain MergeCrmClient#preflight() preflight}, with this source's field
   * catalog read as its remote-fields check, side by side with the other checks: the report carries
   * the catalog ({@link PreflightReport#fieldCatalog()}), kept for reading contacts as {@link
   * #fieldCatalog()} keeps it, so that a host that checks an account and then syncs it need not ask
   * Merge for the catalog again before the first run. Never throws for a failed check.
   */
  public PreflightReport preflight() {
    return client.preflight(
        () -> {
          FieldModels.Read read = fieldModels.read();
          model = read.model();
          return read;
        });
  }

  /**
   * Merge's clock now, from its latest answer to the client ({@link MergeCrmClient#serverTime()}).
   */
  @Override
  public Optional<Instant> sourceNow() {
    return client.serverTime();
  }

  @Override
  public Optional<SourceSyncStatus> contactSyncStatus() {
    return lists.contactSyncStatus();
  }

  /**
   * One page of contacts; a query by {@linkplain ContactQuery#mergeId() Merge id} reads that one
   * contact through {@code GET /contacts/{id}}, an unreadable one listed as such.
   */
  @Override
  public ContactPage readContacts(ContactQuery query) {
    Objects.requireNonNull(query, "query == null");
    if (query.mergeId().isPresent()) {
      return byMergeId(query.mergeId().get());
    }
    Read read;
    try {
      read = read(query);
    } catch (MergeNotFoundException | MergeRequestException e) {
      if (query.cursor().isPresent() && refusesCursor(e)) {
        // The cursor itself stays out of the message: Merge's cursors may echo query values.
        throw new CursorRejectedException(
            CONTACT
                + ": Merge no longer accepts the page's cursor"
                + " (HTTP "
                + e.status().orElse(0)
                + "); the list is read again from its start.",
            e);
      }
      throw e;
    }
    MergePage<SourceContact> page = read.page();
    if (page.next().isPresent() && page.size() == 0) {
      throw MergePages.stopped(CONTACT, "a page came back empty but names a next page");
    }
    if (page.next().isPresent() && page.next().equals(query.cursor())) {
      throw MergePages.stopped(CONTACT, "Merge gave back the cursor it was asked for");
    }
    ShellsReadAgain shells = withShellsReadAgain(page.items());
    return ContactPage.builder()
        .contacts(shells.contacts())
        .unreadable(page.unreadable().stream().map(this::problem).toList())
        .addAllUnreadable(shells.unreadable())
        .next(page.next())
        .waited(Duration.ofNanos(read.waitedNanos()))
        .build();
  }

  /**
   * The client's rate limit, and at most as many requests at once as its limiter lets through at
   * once and its failure budget allows (10).
   */
  @Override
  public Optional<ReadLimits> readLimits() {
    RateLimit limit = client.rateLimit();
    return Optional.of(
        ReadLimits.of(
            limit.requestsPerMinute(),
            Math.min(FailureBudget.DEFAULT_BUDGET, TokenBucket.burst(limit))));
  }

  /**
   * Merge lists records in the order it first stored them, by {@code created_at} (help.merge.dev,
   * "How is Merge data sorted"), so a partitioned read may split its windows where a page ends.
   */
  @Override
  public boolean listsByCreatedAt() {
    return true;
  }

  /**
   * One contact by its Merge id, read like the contacts of a page; empty when Merge knows no such
   * contact.
   *
   * @throws MergeInvalidResponseException when Merge's record cannot be read
   */
  public Optional<SourceContact> contact(String mergeId) {
    Objects.requireNonNull(mergeId, "mergeId == null");
    ContactConverter converter = new ContactConverter(model());
    Optional<Answered<ContactRecord>> answered = contactAnswer(mergeId);
    try {
      return answered.isEmpty()
          ? Optional.empty()
          : Optional.of(converter.convert(answered.get().value()));
    } catch (RecordException e) {
      throw failures.invalid(
          answered.get().answer(), "a contact that cannot be read: " + e.getMessage());
    }
  }

  /** Merge's answer for one contact; empty when Merge knows no such contact. */
  private Optional<Answered<ContactRecord>> contactAnswer(String mergeId) {
    try {
      return Optional.of(
          api.contact(mergeId, MergeApi.CONTACT_EXPAND, true, MergeLists.flag(includeRemoteData)));
    } catch (MergeNotFoundException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether Merge refused a request for its cursor: a 404 on the contact list can only be about the
   * cursor (Merge answers {@code Invalid cursor.}); a 400 must say so.
   */
  private static boolean refusesCursor(MergeException e) {
    return e.status().orElse(0) == 404
        || e.body().toLowerCase(Locale.ROOT).contains("cursor")
        || e.problems().stream()
            .anyMatch(p -> p.describe().toLowerCase(Locale.ROOT).contains("cursor"));
  }

  private ContactPage byMergeId(String mergeId) {
    ContactConverter converter = new ContactConverter(model());
    Optional<Answered<ContactRecord>> found = contactAnswer(mergeId);
    if (found.isEmpty()) {
      return ContactPage.builder().build();
    }
    ContactRecord record = found.get().value();
    try {
      return ContactPage.builder().addContacts(converter.convert(record)).build();
    } catch (RecordException e) {
      UnreadableRecord unreadable = Records.unreadable(record, e.getMessage());
      // The id and reason quote Merge's answer, which may echo anything: masked like the page's.
      Redactor redactor = failures.redactor();
      log.warn(
          "{}: skipped unreadable contact {}: {}",
          found.get().answer().request(),
          redactor.redact(unreadable.mergeId().orElse(mergeId)),
          redactor.redact(unreadable.reason()));
      return ContactPage.builder().addUnreadable(problem(unreadable)).build();
    }
  }

  /**
   * Every contact matching {@code query}, from its cursor on, read lazily page by page; unreadable
   * records are listed on each page.
   */
  public MergePages<SourceContact> contacts(ContactQuery query) {
    Objects.requireNonNull(query, "query == null");
    return new MergePages<>(
        CONTACT,
        query.cursor(),
        cursor -> read(ContactQuery.builder().from(query).cursor(cursor).build()).page());
  }

  @Override
  public List<SourceAccount> accountsModifiedAfter(Instant after) {
    Objects.requireNonNull(after, "after == null");
    return lists.accounts(Optional.of(after)).toList();
  }

  /** Every account with its remote fields, deleted ones included, read page by page as iterated. */
  @Override
  public Iterable<SourceAccount> accounts() {
    MergePages<SourceAccount> pages = lists.accounts(Optional.empty());
    return () -> pages.items().iterator();
  }

  /**
   * One page of {@code GET /accounts} in {@code query}'s window of {@code created_at}, with remote
   * fields, deleted accounts included; Merge lists them in {@code created_at} order, as it lists
   * contacts. Records that cannot be read are left out, as {@link #accounts()} leaves them out.
   *
   * @throws MergeInvalidResponseException when the page comes back empty but names a next page, or
   *     names the cursor it was asked for as the next
   */
  @Override
  public Optional<AccountPage> readAccounts(AccountQuery query) {
    Objects.requireNonNull(query, "query == null");
    MergeLists.AccountsRead read = lists.accountPage(query);
    MergePage<SourceAccount> page = read.page();
    if (page.next().isPresent() && page.size() == 0) {
      throw MergePages.stopped(ACCOUNTS, "a page came back empty but names a next page");
    }
    if (page.next().isPresent() && page.next().equals(query.cursor())) {
      throw MergePages.stopped(ACCOUNTS, "Merge gave back the cursor it was asked for");
    }
    return Optional.of(
        AccountPage.builder()
            .accounts(page.items())
            .next(page.next())
            .waited(Duration.ofNanos(read.waitedNanos()))
            .build());
  }

  /**
   * One account by Merge id through {@code GET /accounts/{id}}, with its remote fields; empty when
   * Merge knows no such account.
   *
   * @throws MergeInvalidResponseException when Merge's record cannot be read
   */
  @Override
  public Optional<SourceAccount> account(String mergeId) {
    Objects.requireNonNull(mergeId, "mergeId == null");
    return lists.account(mergeId);
  }

  @Override
  public List<SourceUser> usersModifiedAfter(Instant after) {
    Objects.requireNonNull(after, "after == null");
    return lists.users(Optional.of(after)).toList();
  }

  /** Requests this source has sent, every attempt counted (the client counts all its sources). */
  @Override
  public long requestCount() {
    return requests.get();
  }

  /** A page of contacts, and how long its request waited for the client's own limits. */
  private record Read(MergePage<SourceContact> page, long waitedNanos) {}

  private Read read(ContactQuery query) {
    ContactConverter converter = new ContactConverter(model());
    Answered<ContactRecordPage> raw = lists.contacts(query, includeRemoteData);
    MergePage<SourceContact> page = Records.contacts(raw.value(), converter);
    // Ids and reasons quote Merge's answer, which may echo anything: masked like every such text.
    Redactor redactor = failures.redactor();
    page.unreadable()
        .forEach(
            u ->
                log.warn(
                    "{}: skipped unreadable contact {}: {}",
                    raw.answer().request(),
                    redactor.redact(u.mergeId().orElse("without id")),
                    redactor.redact(u.reason())));
    return new Read(page, raw.answer().waitedNanos());
  }

  /**
   * Merge lists shell records (ids and metadata only) only when asked to with {@code
   * include_shell_data}, which this source never does, so a shell on a page is a record Merge was
   * still filling as it answered. Each is read again by its id: the full record takes its place,
   * while one Merge still holds as a shell (or no longer knows) stays a shell, and the engine keeps
   * what Levitate holds. Without this, a contact first seen as a shell would never be created, and
   * an edit that came as one would be missed, until the next full pass.
   *
   * <p>A full record that cannot be read joins the page's unreadable records, which the next run
   * reads again. An answer that cannot be read at all (a garbled or cut body) fails the page like
   * the page's own garbled answer: kept as a shell, a contact new to Levitate would be skipped and
   * not read again until it changed.
   */
  private ShellsReadAgain withShellsReadAgain(List<SourceContact> contacts) {
    if (contacts.stream().noneMatch(SourceContact::shell)) {
      return new ShellsReadAgain(contacts, List.of());
    }
    List<SourceContact> out = new ArrayList<>(contacts.size());
    List<ContactProblem> unreadable = new ArrayList<>();
    for (SourceContact contact : contacts) {
      if (!contact.shell()) {
        out.add(contact);
        continue;
      }
      ContactPage again = byMergeId(contact.mergeId());
      unreadable.addAll(again.unreadable());
      if (again.unreadable().isEmpty()) {
        out.add(
            again.contacts().stream()
                .filter(full -> !full.shell() && full.mergeId().equals(contact.mergeId()))
                .findFirst()
                .orElse(contact));
      }
    }
    return new ShellsReadAgain(out, unreadable);
  }

  /** A page's contacts with its shells read again, and the full records that could not be read. */
  private record ShellsReadAgain(List<SourceContact> contacts, List<ContactProblem> unreadable) {}

  private FieldModel model() {
    FieldModel current = model;
    if (current == null) {
      synchronized (this) {
        current = model;
        if (current == null) {
          current = fieldModels.load();
          model = current;
        }
      }
    }
    return current;
  }

  private ContactProblem problem(UnreadableRecord record) {
    return ContactProblem.builder()
        .kind(ContactProblem.Kind.UNREADABLE_RECORD)
        .mergeId(record.mergeId())
        .salesforceId(record.remoteId())
        .message(
            failures
                .redactor()
                .redact(
                    "Merge sent contact "
                        + record.remoteId().or(record::mergeId).orElse("(no id)")
                        + " in a form that cannot be read: "
                        + record.reason()
                        + "."))
        .build();
  }

  @Override
  public String toString() {
    return "MergeContactSource{" + client + ", salesforceDescribe=" + salesforceDescribe + "}";
  }

  /** Configures a {@link MergeContactSource}. */
  public static final class Builder {
    private final MergeCrmClient client;
    private boolean salesforceDescribe;
    private String salesforceApiVersion = "v60.0";
    private boolean includeRemoteData;

    private Builder(MergeCrmClient client) {
      this.client = client;
    }

    /**
     * Whether to refine the catalog with a Salesforce describe of Contact through Merge's
     * passthrough: exact Salesforce types, formula flags and picklist labels. Off by default: each
     * describe spends one request of the Salesforce org's daily API quota.
     */
    public Builder salesforceDescribe(boolean salesforceDescribe) {
      this.salesforceDescribe = salesforceDescribe;
      return this;
    }

    /** The Salesforce REST API version of the describe, e.g. {@code v60.0} (the default). */
    public Builder salesforceApiVersion(String version) {
      Objects.requireNonNull(version, "salesforceApiVersion == null");
      if (!version.matches("v\\d{2,3}\\.\\d")) {
        throw new IllegalArgumentException(
            "salesforceApiVersion must look like v60.0, was \"" + version + "\"");
      }
      this.salesforceApiVersion = version;
      return this;
    }

    /**
     * Whether to ask Merge for each contact's raw Salesforce record ({@code include_remote_data})
     * too, to fill fields the remote fields lack. Off by default: it makes pages much larger, and
     * Merge refreshes it only when a common-model field changes.
     */
    public Builder includeRemoteData(boolean includeRemoteData) {
      this.includeRemoteData = includeRemoteData;
      return this;
    }

    public MergeContactSource build() {
      return new MergeContactSource(this);
    }
  }
}
