package ai.levitate.sf.testkit.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The contacts of one linked account, in the order Merge first stored them: a generated base
 * (contact {@code i} computed on demand), changed base contacts kept as overrides, and contacts
 * added later or loaded from a fixture kept as records. Memory grows with changes, not with the
 * base: a million generated contacts cost nothing until they are touched.
 *
 * <p>Not thread-safe; the owning data set guards it with a lock.
 */
public final class ContactStore {
  private final ContactGenerator base;
  private final int baseCount;
  private final Map<Integer, ContactRecord> overrides = new HashMap<>();
  private final List<ContactRecord> extras = new ArrayList<>();
  private final Map<String, Integer> extraIds = new HashMap<>();
  private final Map<String, Integer> extraRemoteIds = new HashMap<>();

  /** A store over a generated base; {@code base} may be null for a store of records only. */
  public ContactStore(ContactGenerator base) {
    this.base = base;
    this.baseCount = base == null ? 0 : base.count();
  }

  public int size() {
    return baseCount + extras.size();
  }

  public ContactRecord record(int i) {
    if (i >= baseCount) {
      return extras.get(i - baseCount);
    }
    ContactRecord override = overrides.get(i);
    return override != null ? override : base.contact(i);
  }

  public long createdMicros(int i) {
    ContactRecord stored = stored(i);
    return stored != null ? stored.createdMicros() : base.createdMicros(i);
  }

  public long modifiedMicros(int i) {
    ContactRecord stored = stored(i);
    return stored != null ? stored.modifiedMicros() : base.modifiedMicros(i);
  }

  public boolean deleted(int i) {
    ContactRecord stored = stored(i);
    return stored != null && stored.deleted();
  }

  public boolean shell(int i) {
    ContactRecord stored = stored(i);
    return stored != null && stored.shell();
  }

  public String accountId(int i) {
    ContactRecord stored = stored(i);
    return stored != null ? stored.accountId() : base.accountId(i);
  }

  public String ownerId(int i) {
    ContactRecord stored = stored(i);
    return stored != null ? stored.ownerId() : base.ownerId(i);
  }

  public String id(int i) {
    ContactRecord stored = stored(i);
    return stored != null ? stored.id() : base.id(i);
  }

  public String remoteId(int i) {
    ContactRecord stored = stored(i);
    return stored != null ? stored.remoteId() : base.remoteId(i);
  }

  /** The position of the contact with this Merge id, or -1. */
  public int indexOfId(String id) {
    if (base != null) {
      int index = base.indexOfId(id);
      if (index >= 0) {
        return index;
      }
    }
    Integer index = extraIds.get(id);
    return index == null ? -1 : index;
  }

  /** The position of the contact with this Salesforce id, or -1. */
  public int indexOfRemoteId(String remoteId) {
    if (base != null) {
      int index = base.indexOfRemoteId(remoteId);
      if (index >= 0) {
        return index;
      }
    }
    Integer index = remoteId == null ? null : extraRemoteIds.get(remoteId);
    return index == null ? -1 : index;
  }

  public void replace(int i, ContactRecord record) {
    if (i >= baseCount) {
      extras.set(i - baseCount, record);
    } else {
      overrides.put(i, record);
    }
  }

  /** Adds a contact at the end of the list and returns its position. */
  public int append(ContactRecord record) {
    if (indexOfId(record.id()) >= 0) {
      throw new IllegalArgumentException("contact id " + record.id() + " is already taken");
    }
    int index = size();
    extras.add(record);
    extraIds.put(record.id(), index);
    if (record.remoteId() != null) {
      extraRemoteIds.put(record.remoteId(), index);
    }
    return index;
  }

  /** How many contacts are held as records rather than computed. */
  public int storedCount() {
    return overrides.size() + extras.size();
  }

  private ContactRecord stored(int i) {
    return i >= baseCount ? extras.get(i - baseCount) : overrides.get(i);
  }
}
