package ai.levitate.sf.examples.internal;

import ai.levitate.sf.core.model.ContactStatus;
import ai.levitate.sf.core.spi.ContactState;
import ai.levitate.sf.core.spi.ContactStateQuery;
import ai.levitate.sf.core.spi.StatusSetBy;
import ai.levitate.sf.core.spi.SyncStore;
import ai.levitate.sf.core.writeback.Activity;
import ai.levitate.sf.core.writeback.EmailActivity;
import ai.levitate.sf.core.writeback.HandwrittenCardActivity;
import ai.levitate.sf.core.writeback.NoteActivity;
import ai.levitate.sf.core.writeback.PhoneCallActivity;
import ai.levitate.sf.core.writeback.TextMessageActivity;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A few Levitate activities of each type, as a Levitate user would log them, on the first active
 * contacts the sync created. Their ids carry the round, so each harness invocation writes new notes
 * and an activity written before is never written twice.
 */
public final class Activities {
  static final int PER_TYPE = 2;

  private Activities() {}

  public static List<Activity> of(SyncStore store, int round, Instant now) {
    List<ContactState> contacts =
        store.contacts(
            ContactStateQuery.builder()
                .status(ContactStatus.ACTIVE)
                .statusSetBy(StatusSetBy.SYNC)
                .limit(PER_TYPE)
                .build());
    List<Activity> activities = new ArrayList<>();
    for (int i = 0; i < contacts.size(); i++) {
      String salesforceId = contacts.get(i).salesforceId();
      String id = "harness-r" + round + "-" + i;
      String contact = "levitate-" + salesforceId;
      Instant at = now.minus(Duration.ofHours(2L * (PER_TYPE - i)));
      activities.add(
          NoteActivity.builder()
              .id(id + "-note")
              .levitateContactId(contact)
              .salesforceContactId(salesforceId)
              .levitateUserId("lev-user-1")
              .time(at)
              .body("Met for coffee; wants to revisit the college savings plan in spring.")
              .build());
      activities.add(
          EmailActivity.builder()
              .id(id + "-email")
              .levitateContactId(contact)
              .salesforceContactId(salesforceId)
              .levitateUserId("lev-user-1")
              .subject("Happy birthday!")
              .body("Wishing you a wonderful year ahead.")
              .sender("advisor@example.com")
              .addRecipients("client@example.com")
              .sentAt(at)
              .build());
      activities.add(
          PhoneCallActivity.builder()
              .id(id + "-call")
              .levitateContactId(contact)
              .salesforceContactId(salesforceId)
              .levitateUserId("lev-user-2")
              .time(at)
              .duration(Duration.ofMinutes(12))
              .outcome("Connected")
              .notes("Confirmed the review meeting.")
              .build());
      activities.add(
          HandwrittenCardActivity.builder()
              .id(id + "-card")
              .levitateContactId(contact)
              .salesforceContactId(salesforceId)
              .levitateUserId("lev-user-2")
              .sentDate(at.atOffset(ZoneOffset.UTC).toLocalDate())
              .message("Congratulations on the new home!")
              .build());
      activities.add(
          TextMessageActivity.builder()
              .id(id + "-text")
              .levitateContactId(contact)
              .salesforceContactId(salesforceId)
              .levitateUserId("lev-user-3")
              .direction(TextMessageActivity.Direction.SENT)
              .time(at)
              .message("Running 5 minutes late, see you soon.")
              .build());
    }
    return activities;
  }
}
