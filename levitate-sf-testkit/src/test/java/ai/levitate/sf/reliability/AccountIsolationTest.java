package ai.levitate.sf.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.core.model.SourceContact;
import ai.levitate.sf.core.spi.ContactQuery;
import ai.levitate.sf.core.writeback.NoteRequest;
import ai.levitate.sf.core.writeback.NoteWriteResult;
import ai.levitate.sf.merge.MergeContactSource;
import ai.levitate.sf.merge.MergeNoteWriter;
import ai.levitate.sf.reliability.Results.Figure;
import ai.levitate.sf.testkit.FakeMergeServer;
import ai.levitate.sf.testkit.ServedRequest;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A token for one linked account reaches that account only: through the client and the fake it
 * reads and writes nothing of another, and a sync or write-back of one account touches neither the
 * other's Merge data nor the other's store.
 */
@Tag("reliability")
final class AccountIsolationTest {
  private static final Results.Row ROW = Results.suite("security");

  private final FakeMergeServer server =
      FakeMergeServer.builder().apiKey(Secrets.API_KEY).seed(11).start();
  private final Org a = new Org(server, "isolation-a", 101, 16, 5);
  private final Org b = new Org(server, "isolation-b", 202, 16, 5);

  @AfterEach
  void close() {
    server.close();
  }

  @Test
  void aTokenReadsAndWritesOnlyItsOwnAccount() {
    new Scenario(b).play();
    End bBefore = End.of(b);
    String bContact = b.data.contactId(3);
    String bNote = b.linked.notes().get(0).content().orElseThrow();
    HostProcess process = a.start(KillSwitch.never());
    MergeContactSource source = process.source;
    MergeNoteWriter writer = process.writer;

    Set<String> read = new HashSet<>();
    source.fieldCatalog();
    source.contacts(ContactQuery.all()).items().map(SourceContact::mergeId).forEach(read::add);
    Optional<SourceContact> other = source.contact(bContact);
    Optional<String> found = writer.findNote(bContact, bNote.substring(bNote.lastIndexOf("ref ")));
    Optional<String> byRemoteId =
        writer.mergeContactId(b.data.contact(bContact).orElseThrow().remoteId().orElseThrow());
    NoteWriteResult written =
        writer.write(
            NoteRequest.builder()
                .contactId(bContact)
                .title("Cross-account")
                .body("Should not land ref x")
                .idempotencyKey("cross-1")
                .build());

    Set<String> aIds = new HashSet<>();
    for (int i = 0; i < a.data.contactCount(); i++) {
      aIds.add(a.data.contactId(i));
    }
    assertThat(read).isEqualTo(aIds).doesNotContain(bContact);
    assertThat(other).isEmpty();
    assertThat(found).isEmpty();
    assertThat(byRemoteId).isEmpty();
    assertThat(written).isInstanceOf(NoteWriteResult.Rejected.class);
    assertThat(b.linked.notes()).hasSize(bBefore.notes().size());
    assertThat(a.linked.notes()).isEmpty();
    assertThat(End.of(b)).isEqualTo(bBefore);
    assertThat(requestsOf(a))
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.linkedAccountId()).contains(a.linked.id()));
    ROW.add(Figure.CASES, 7);
  }

  @Test
  void aSyncAndWriteBackOfOneAccountNeverTouchTheOthersDataOrStore() {
    new Scenario(b).play();
    End bBefore = End.of(b);
    long bRequests = requestsOf(b).size();

    new Scenario(a).play();

    assertThat(End.of(b)).as("b's store, notes and ledger").isEqualTo(bBefore);
    assertThat(requestsOf(b)).as("requests in b's name").hasSize((int) bRequests);
    Set<String> bSalesforceIds = new HashSet<>();
    b.store.states().forEach(s -> bSalesforceIds.add(s.salesforceId()));
    assertThat(a.store.states())
        .isNotEmpty()
        .noneMatch(s -> bSalesforceIds.contains(s.salesforceId()));
    assertThat(a.linked.notes())
        .isNotEmpty()
        .allSatisfy(n -> assertThat(a.data.contact(n.contactId().orElseThrow())).isPresent());
    ROW.add(Figure.CASES, 4);
  }

  private List<ServedRequest> requestsOf(Org org) {
    return server.requests().stream()
        .filter(r -> r.linkedAccountId().equals(Optional.of(org.linked.id())))
        .toList();
  }
}
