package ai.levitate.sf.examples.bench;

import ai.levitate.sf.core.model.ContactStatus;
import ai.levitate.sf.core.model.StatusReason;
import ai.levitate.sf.core.spi.ChangeType;
import ai.levitate.sf.core.spi.ContactChange;
import ai.levitate.sf.core.spi.ContactState;
import ai.levitate.sf.core.spi.ContactStateQuery;
import ai.levitate.sf.core.spi.HeldChange;
import ai.levitate.sf.core.spi.HeldChangeQuery;
import ai.levitate.sf.core.spi.OwnedKeyFact;
import ai.levitate.sf.core.spi.RunState;
import ai.levitate.sf.core.spi.StatusSetBy;
import ai.levitate.sf.core.spi.SyncBatch;
import ai.levitate.sf.core.spi.SyncStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * A benchmark's host storage whose contact states live in a file (H2's MVStore, with a 4 MB cache
 * and 1 MB of unwritten changes at most), so the heap a sync needs can be measured without the
 * host's data in it: the heap of a host with a database. MVStore writes in the background (a commit
 * a page would leave a chunk's bookkeeping in heap per page). Held changes stay in memory (the
 * brake bounds them); changes are counted, as a host would apply them to Levitate. Not for
 * production: a crash loses the last second of writes.
 */
final class DiskStateStore implements SyncStore, AutoCloseable {
  private final MVStore file;
  private final MVMap<String, byte[]> states;
  private final NavigableMap<String, HeldChange> held = new TreeMap<>();
  private final Map<ChangeType, Long> changes = new EnumMap<>(ChangeType.class);
  private RunState runState = RunState.initial();

  DiskStateStore(Path file) {
    this.file =
        new MVStore.Builder()
            .fileName(file.toString())
            .cacheSize(4)
            .autoCommitBufferSize(1024)
            .open();
    this.states = this.file.openMap("states");
  }

  /** Changes committed so far, by type. */
  Map<ChangeType, Long> changes() {
    return changes;
  }

  long stateCount() {
    return states.sizeAsLong();
  }

  @Override
  public RunState runState() {
    return runState;
  }

  @Override
  public Map<String, ContactState> contacts(Collection<String> salesforceIds) {
    Map<String, ContactState> found = new HashMap<>();
    for (String id : salesforceIds) {
      byte[] bytes = states.get(id);
      if (bytes != null) {
        found.put(id, decode(id, bytes));
      }
    }
    return found;
  }

  @Override
  public List<ContactState> contacts(ContactStateQuery query) {
    List<ContactState> page = new ArrayList<>();
    Iterator<String> keys = states.keyIterator(query.after().orElse(null));
    while (keys.hasNext() && page.size() < query.limit()) {
      String id = keys.next();
      if (query.after().map(id::equals).orElse(false)) {
        continue;
      }
      ContactState state = decode(id, states.get(id));
      if (query.matches(state)) {
        page.add(state);
      }
    }
    return page;
  }

  @Override
  public long count(ContactStateQuery query) {
    long count = 0;
    for (Iterator<String> keys = states.keyIterator(null); keys.hasNext(); ) {
      String id = keys.next();
      if (query.matches(decode(id, states.get(id)))) {
        count++;
      }
    }
    return count;
  }

  @Override
  public List<HeldChange> heldChanges(HeldChangeQuery query) {
    List<HeldChange> page = new ArrayList<>();
    for (HeldChange change : query.after().map(a -> held.tailMap(a, false)).orElse(held).values()) {
      if (page.size() == query.limit()) {
        break;
      }
      if (query.matches(change)) {
        page.add(change);
      }
    }
    return page;
  }

  @Override
  public void commit(SyncBatch batch) {
    for (ContactChange change : batch.changes()) {
      changes.merge(change.type(), 1L, Long::sum);
    }
    for (ContactState state : batch.states()) {
      states.put(state.salesforceId(), encode(state));
    }
    batch.heldAdded().forEach(h -> held.put(h.salesforceId(), h));
    batch.heldRemoved().forEach(held::remove);
    runState = batch.runState();
  }

  @Override
  public void close() {
    file.close();
  }

  private static byte[] encode(ContactState state) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeUTF(state.mergeId());
      out.writeUTF(state.fingerprint());
      out.writeInt(state.ownedTags().size());
      for (String tag : state.ownedTags()) {
        out.writeUTF(tag);
      }
      out.writeInt(state.ownedKeyFacts().size());
      for (OwnedKeyFact fact : state.ownedKeyFacts()) {
        out.writeUTF(fact.label());
        out.writeLong(fact.date().toEpochDay());
      }
      out.writeByte(state.status().ordinal());
      out.writeByte(state.statusReason().map(Enum::ordinal).orElse(-1));
      out.writeByte(state.statusSetBy().ordinal());
      writeOptional(out, state.accountMergeId());
      writeOptional(out, state.ownerMergeId());
      out.writeLong(state.lastSeenRun());
      out.writeLong(state.heldInRun().orElse(-1L));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static ContactState decode(String salesforceId, byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      ContactState.Builder state =
          ContactState.builder()
              .salesforceId(salesforceId)
              .mergeId(in.readUTF())
              .fingerprint(in.readUTF());
      for (int i = in.readInt(); i > 0; i--) {
        state.addOwnedTags(in.readUTF());
      }
      for (int i = in.readInt(); i > 0; i--) {
        state.addOwnedKeyFacts(OwnedKeyFact.of(in.readUTF(), LocalDate.ofEpochDay(in.readLong())));
      }
      state.status(ContactStatus.values()[in.readByte()]);
      int reason = in.readByte();
      state.statusReason(
          reason < 0 ? Optional.empty() : Optional.of(StatusReason.values()[reason]));
      state.statusSetBy(StatusSetBy.values()[in.readByte()]);
      state.accountMergeId(readOptional(in)).ownerMergeId(readOptional(in));
      state.lastSeenRun(in.readLong());
      long heldIn = in.readLong();
      return state.heldInRun(heldIn < 0 ? Optional.empty() : Optional.of(heldIn)).build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeOptional(DataOutputStream out, Optional<String> value)
      throws IOException {
    out.writeBoolean(value.isPresent());
    if (value.isPresent()) {
      out.writeUTF(value.get());
    }
  }

  private static Optional<String> readOptional(DataInputStream in) throws IOException {
    return in.readBoolean() ? Optional.of(in.readUTF()) : Optional.empty();
  }
}
