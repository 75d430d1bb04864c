package ai.levitate.sf.testkit;

import ai.levitate.sf.core.LevitateSfException;
import ai.levitate.sf.core.model.FieldCatalog;
import ai.levitate.sf.core.model.SourceAccount;
import ai.levitate.sf.core.model.SourceContact;
import ai.levitate.sf.core.model.SourceSyncStatus;
import ai.levitate.sf.core.model.SourceUser;
import ai.levitate.sf.core.spi.ContactPage;
import ai.levitate.sf.core.spi.ContactQuery;
import ai.levitate.sf.core.spi.ContactSource;
import ai.levitate.sf.core.spi.CursorRejectedException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A {@link ContactSource} over contacts held in memory, paged the way Merge pages: in Merge's
 * {@code created_at} order, with opaque cursors that point after the last contact of a page (so a
 * contact that changes between pages neither repeats nor hides its neighbours), and Merge's
 * exclusive {@code modified_*} and {@code created_*} bounds on the contacts' own timestamps.
 *
 * <p>It stores contacts as given: a test that edits one sets its {@code modifiedAt}, as Merge
 * would. For crash tests it fails on command ({@link #failAtRequest(long)}), and lets every cursor
 * handed out so far expire ({@link #expireCursors()}).
 *
 * <pre>{@code
 * InMemoryContactSource source = new InMemoryContactSource(catalog);
 * source.putAll(contacts);
 * source.failAtRequest(3);   // the third request from now throws
 * }</pre>
 */
public final class InMemoryContactSource implements ContactSource {
  private static final Comparator<SourceContact> MERGE_ORDER =
      Comparator.comparing((SourceContact c) -> c.createdAt().orElse(Instant.EPOCH))
          .thenComparing(SourceContact::mergeId);

  private final TreeMap<SourceContact, SourceContact> contacts = new TreeMap<>(MERGE_ORDER);
  private final Map<String, SourceContact> byMergeId = new HashMap<>();
  private final Map<String, SourceAccount> accounts = new TreeMap<>();
  private final Map<String, SourceUser> users = new TreeMap<>();
  private FieldCatalog catalog;
  private Optional<SourceSyncStatus> syncStatus = Optional.empty();
  private long requests;
  private long failAt = -1;
  private long cursorGeneration;

  public InMemoryContactSource(FieldCatalog catalog) {
    this.catalog = Objects.requireNonNull(catalog, "catalog == null");
  }

  /** Adds a contact, or replaces the one with its Merge id. */
  public synchronized InMemoryContactSource put(SourceContact contact) {
    Objects.requireNonNull(contact, "contact == null");
    SourceContact old = byMergeId.put(contact.mergeId(), contact);
    if (old != null) {
      contacts.remove(old);
    }
    contacts.put(contact, contact);
    return this;
  }

  public synchronized InMemoryContactSource putAll(Collection<SourceContact> all) {
    all.forEach(this::put);
    return this;
  }

  /** Takes a contact out entirely, as when Salesforce purges it: Merge no longer returns it. */
  public synchronized void remove(String mergeId) {
    SourceContact old = byMergeId.remove(mergeId);
    if (old != null) {
      contacts.remove(old);
    }
  }

  public synchronized Optional<SourceContact> contact(String mergeId) {
    return Optional.ofNullable(byMergeId.get(mergeId));
  }

  /** Every contact, in Merge's order. */
  public synchronized List<SourceContact> contacts() {
    return List.copyOf(contacts.keySet());
  }

  public synchronized InMemoryContactSource putAccount(SourceAccount account) {
    accounts.put(account.mergeId(), account);
    return this;
  }

  public synchronized InMemoryContactSource putUser(SourceUser user) {
    users.put(user.mergeId(), user);
    return this;
  }

  public synchronized void catalog(FieldCatalog catalog) {
    this.catalog = Objects.requireNonNull(catalog, "catalog == null");
  }

  /** What {@link #contactSyncStatus()} reports; empty (the default) when Merge reports nothing. */
  public synchronized void syncStatus(Optional<SourceSyncStatus> status) {
    this.syncStatus = Objects.requireNonNull(status, "status == null");
  }

  /** Makes the {@code n}-th request from now (1 = the next) throw a {@link LevitateSfException}. */
  public synchronized void failAtRequest(long n) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1, was " + n);
    }
    failAt = requests + n;
  }

  /**
   * Makes every cursor handed out so far invalid, as Merge's expire: reading with one throws {@link
   * CursorRejectedException}, as does reading with a cursor this source never made.
   */
  public synchronized void expireCursors() {
    cursorGeneration++;
  }

  @Override
  public synchronized long requestCount() {
    return requests;
  }

  @Override
  public synchronized FieldCatalog fieldCatalog() {
    request("GET /contacts/remote-field-classes");
    return catalog;
  }

  @Override
  public synchronized Optional<SourceSyncStatus> contactSyncStatus() {
    request("GET /sync-status");
    return syncStatus;
  }

  @Override
  public synchronized List<SourceAccount> accountsModifiedAfter(Instant after) {
    return changedAfter(accounts, after, SourceAccount::modifiedAt, "GET /accounts");
  }

  /**
   * Every account put, in one request; an account put without its fields keeps its Type unknown.
   */
  @Override
  public synchronized Iterable<SourceAccount> accounts() {
    request("GET /accounts");
    return List.copyOf(accounts.values());
  }

  @Override
  public synchronized Optional<SourceAccount> account(String mergeId) {
    request("GET /accounts/{id}");
    return Optional.ofNullable(accounts.get(mergeId));
  }

  @Override
  public synchronized List<SourceUser> usersModifiedAfter(Instant after) {
    return changedAfter(users, after, SourceUser::modifiedAt, "GET /users");
  }

  /** Lists contacts oldest first by {@code created_at}, as Merge does. */
  @Override
  public boolean listsByCreatedAt() {
    return true;
  }

  @Override
  public synchronized ContactPage readContacts(ContactQuery query) {
    request("GET /contacts");
    Collection<SourceContact> rest =
        query
            .cursor()
            .map(cursor -> contacts.tailMap(decode(cursor), false).keySet())
            .orElse(contacts.keySet());
    List<SourceContact> page = new ArrayList<>();
    boolean more = false;
    for (SourceContact contact : rest) {
      if (!matches(contact, query)) {
        continue;
      }
      if (page.size() == query.pageSize()) {
        more = true;
        break;
      }
      page.add(contact);
    }
    return ContactPage.builder()
        .contacts(page)
        .next(more ? Optional.of(encode(page.get(page.size() - 1))) : Optional.empty())
        .build();
  }

  private static boolean matches(SourceContact c, ContactQuery q) {
    if (q.mergeId().isPresent()) {
      return c.mergeId().equals(q.mergeId().get());
    }
    return after(c.modifiedAt(), q.modifiedAfter())
        && before(c.modifiedAt(), q.modifiedBefore())
        && after(c.createdAt(), q.createdAfter())
        && before(c.createdAt(), q.createdBefore())
        && q.accountId()
            .map(id -> c.account().map(SourceAccount::mergeId).equals(Optional.of(id)))
            .orElse(true)
        && q.remoteId().map(id -> c.remoteId().equals(Optional.of(id))).orElse(true)
        && (q.includeDeleted() || !c.remoteWasDeleted());
  }

  private static boolean after(Optional<Instant> time, Optional<Instant> bound) {
    return bound.isEmpty() || time.filter(t -> t.isAfter(bound.get())).isPresent();
  }

  private static boolean before(Optional<Instant> time, Optional<Instant> bound) {
    return bound.isEmpty() || time.filter(t -> t.isBefore(bound.get())).isPresent();
  }

  private <T> List<T> changedAfter(
      Map<String, T> all, Instant after, Function<T, Optional<Instant>> modifiedAt, String call) {
    List<T> changed = new ArrayList<>();
    for (T item : all.values()) {
      if (modifiedAt.apply(item).filter(t -> t.isAfter(after)).isPresent()) {
        changed.add(item);
      }
    }
    for (int pages = Math.max(1, (changed.size() + 99) / 100); pages > 0; pages--) {
      request(call);
    }
    return changed;
  }

  private void request(String call) {
    requests++;
    if (requests == failAt) {
      failAt = -1;
      throw new LevitateSfException(
          "Simulated failure of request " + requests + " (" + call + ").");
    }
  }

  private String encode(SourceContact last) {
    Instant created = last.createdAt().orElse(Instant.EPOCH);
    String key =
        cursorGeneration
            + ":"
            + created.getEpochSecond()
            + ":"
            + created.getNano()
            + ":"
            + last.mergeId();
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(key.getBytes(StandardCharsets.UTF_8));
  }

  private SourceContact decode(String cursor) {
    String[] parts;
    try {
      parts =
          new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":", 4);
      if (parts.length == 4 && Long.parseLong(parts[0]) == cursorGeneration) {
        Instant created = Instant.ofEpochSecond(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
        return SourceContact.builder().mergeId(parts[3]).createdAt(created).build();
      }
    } catch (IllegalArgumentException e) {
      throw new CursorRejectedException(
          "The cursor " + cursor + " was not made by this source.", e);
    }
    throw new CursorRejectedException("The cursor " + cursor + " has expired.", null);
  }
}
