package ai.levitate.sf.core.sync;

import ai.levitate.sf.core.model.ContactProblem;
import ai.levitate.sf.core.model.ContactStatus;
import ai.levitate.sf.core.model.FieldProblem;
import ai.levitate.sf.core.model.KeyFact;
import ai.levitate.sf.core.model.LevitateContact;
import ai.levitate.sf.core.model.Provenance;
import ai.levitate.sf.core.model.SourceAccount;
import ai.levitate.sf.core.model.SourceContact;
import ai.levitate.sf.core.model.SourceUser;
import ai.levitate.sf.core.model.StatusReason;
import ai.levitate.sf.core.model.Tag;
import ai.levitate.sf.core.settings.SyncSettings;
import ai.levitate.sf.core.spi.ChangeType;
import ai.levitate.sf.core.spi.ContactField;
import ai.levitate.sf.core.spi.ContactSkipReason;
import ai.levitate.sf.core.spi.ContactState;
import ai.levitate.sf.core.spi.OwnedKeyFact;
import ai.levitate.sf.core.spi.StatusSetBy;
import ai.levitate.sf.core.transform.TransformResult;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides, for one contact, what the sync does: compares the transform's output with what the sync
 * wrote before (the contact's state) and applies the sync rules. A pure function of its inputs.
 *
 * <ul>
 *   <li>A contact seen for the first time is created, unless it is already deleted or deceased: the
 *       sync never creates a contact only to hide it.
 *   <li>A status a person set in Levitate stands: an archived one is left alone entirely, an active
 *       one is updated but never archived.
 *   <li>Archives and removals are held until the run knows their number (the brake).
 *   <li>A removed contact stays removed until its reason clears, then is restored. A removal lists
 *       every tag and key fact the sync wrote as removed, and the restore lists them all as added.
 *   <li>{@code Unsubscribe} is sticky unless the settings allow its removal.
 *   <li>While the deceased or opt-out indicator cannot be read, a new contact is not created and an
 *       existing one keeps its status or its {@code Unsubscribe}; its other fields update.
 * </ul>
 */
final class Reconciler {
  private final boolean allowUnsubscribeRemoval;

  Reconciler(SyncSettings settings) {
    this.allowUnsubscribeRemoval = settings.allowUnsubscribeRemoval();
  }

  Decision decide(
      SourceContact source, TransformResult result, Optional<ContactState> prev, long run) {
    return decide(source, result, Optional.empty(), prev, run);
  }

  /**
   * As {@link #decide(SourceContact, TransformResult, Optional, long)}, with the fingerprint of the
   * transformed contact already worked out (by a reader thread, beside its transform): used where
   * the decision keeps that contact as it is, which a first sync always does.
   */
  Decision decide(
      SourceContact source,
      TransformResult result,
      Optional<String> transformedFingerprint,
      Optional<ContactState> prev,
      long run) {
    boolean repeat = prev.map(p -> p.lastSeenRun() == run).orElse(false);
    if (result instanceof TransformResult.Rejected rejected) {
      return Decision.skip(
          ContactSkipReason.of(rejected.problem().kind()),
          prev.map(p -> seen(p, run)),
          Optional.of(rejected.problem()),
          repeat);
    }
    TransformResult.Transformed transformed = (TransformResult.Transformed) result;
    LevitateContact out = transformed.contact();
    if (prev.isEmpty()) {
      Optional<FieldProblem> unreadable = transformed.unreadableIndicator();
      if (unreadable.isPresent()) {
        return Decision.skip(
            ContactSkipReason.INVALID_FIELD_VALUE,
            Optional.empty(),
            Optional.of(invalid(source, unreadable.get())),
            false);
      }
      return first(source, out, fingerprint(out, out, transformedFingerprint), run);
    }
    ContactState p = prev.get();
    if (p.statusSetBy() == StatusSetBy.PERSON && p.status() != ContactStatus.ACTIVE) {
      return Decision.skip(
          ContactSkipReason.STATUS_SET_BY_PERSON,
          Optional.of(seen(p, run)),
          Optional.empty(),
          repeat);
    }
    List<String> explanation = new ArrayList<>();
    Map<TransformResult.Indicator, FieldProblem> unknown = transformed.unreadableIndicators();
    LevitateContact contact = sticky(out, p, explanation, unknown);
    contact = keepStatus(contact, p, explanation, unknown);
    StatusSetBy setBy = p.statusSetBy();
    Set<StatusReason> restoredAgainst = Set.of();
    if (p.statusSetBy() == StatusSetBy.PERSON) {
      Restore restore =
          Restore.of(p, source, contact, unknown.containsKey(TransformResult.Indicator.DECEASED));
      setBy = restore.holds() ? StatusSetBy.PERSON : StatusSetBy.SYNC;
      restoredAgainst = restore.holds() ? restore.against() : Set.of();
      contact = restore.contact();
      restore.explanation().ifPresent(explanation::add);
    }
    Optional<ChangeType> type = type(p.status(), contact.status());
    if (type.isEmpty()) {
      return Decision.unchanged(seen(p, run), Optional.empty(), repeat);
    }
    String fingerprint = fingerprint(contact, out, transformedFingerprint);
    Set<ContactField> changed = Fingerprints.differences(p.fingerprint(), fingerprint);
    boolean restoral = type.get() == ChangeType.RESTORE && p.status() == ContactStatus.REMOVED;
    ContactState state =
        state(
            source,
            contact,
            fingerprint,
            setBy,
            restoredAgainst,
            run,
            restoral ? Person.NONE : Person.of(p, contact));
    if (type.get() == ChangeType.UPDATE && changed.isEmpty()) {
      return Decision.unchanged(state, Optional.of(contact), repeat);
    }
    DiffDraft.Tags tags;
    if (type.get() == ChangeType.REMOVE) {
      tags = removal(p);
      state =
          ContactState.builder()
              .from(state)
              .ownedTags(stickyOwned(p))
              .ownedKeyFacts(List.of())
              .build();
    } else if (restoral) {
      tags = restoral(contact, tags(contact, p));
    } else {
      tags = tags(contact, p);
    }
    Optional<StatusReason> reason =
        type.get() == ChangeType.RESTORE
            ? p.statusReason()
            : type.get() == ChangeType.UPDATE ? Optional.empty() : contact.statusReason();
    List<String> lines = Explanations.of(type.get(), reason, contact, changed, tags);
    lines.addAll(explanation);
    DiffDraft diff =
        new DiffDraft(
            type.get(),
            p.salesforceId(),
            contact.mergeId(),
            Optional.of(contact),
            reason,
            changed,
            tags,
            lines);
    if (type.get() == ChangeType.ARCHIVE || type.get() == ChangeType.REMOVE) {
      // A restore a new reason ended is the sync's again while the archive is held.
      ContactState held =
          ContactState.builder()
              .from(p)
              .statusSetBy(setBy)
              .restoredAgainst(restoredAgainst)
              .lastSeenRun(run)
              .heldInRun(run)
              .build();
      return Decision.hold(diff, held, state, repeat);
    }
    return Decision.emit(diff, state, contact, repeat);
  }

  /**
   * A contact the sync wrote that the source no longer returns: archived (held like every archive)
   * with the reason {@link StatusReason#MISSING_FROM_SOURCE}; the host keeps what it holds.
   */
  Decision missing(ContactState p, long run) {
    Optional<StatusReason> reason = Optional.of(StatusReason.MISSING_FROM_SOURCE);
    if (p.statusSetBy() == StatusSetBy.PERSON) {
      Set<StatusReason> against = p.restoredAgainst();
      if (against.isEmpty() || against.contains(StatusReason.MISSING_FROM_SOURCE)) {
        // A restore recorded without its reason holds against the one found now.
        ContactState kept =
            ContactState.builder()
                .from(p)
                .restoredAgainst(Set.of(StatusReason.MISSING_FROM_SOURCE))
                .build();
        return Decision.unchanged(kept, Optional.empty(), false);
      }
    }
    DiffDraft diff =
        new DiffDraft(
            ChangeType.ARCHIVE,
            p.salesforceId(),
            p.mergeId(),
            Optional.empty(),
            reason,
            EnumSet.of(ContactField.STATUS),
            DiffDraft.Tags.NONE,
            Explanations.of(ChangeType.ARCHIVE, reason, null, Set.of(), DiffDraft.Tags.NONE));
    ContactState after =
        ContactState.builder()
            .from(p)
            .status(ContactStatus.ARCHIVED)
            .statusReason(reason)
            .statusSetBy(StatusSetBy.SYNC)
            .restoredAgainst(Set.of())
            .fingerprint(Fingerprints.withStatus(p.fingerprint(), ContactStatus.ARCHIVED, reason))
            .heldInRun(Optional.empty())
            .build();
    ContactState held =
        ContactState.builder()
            .from(p)
            .statusSetBy(StatusSetBy.SYNC)
            .restoredAgainst(Set.of())
            .heldInRun(run)
            .build();
    return Decision.hold(diff, held, after, false);
  }

  /** A record the source could not read: skipped, but not missing, so never swept. */
  Decision unreadable(ContactProblem problem, Optional<ContactState> prev, long run) {
    boolean repeat = prev.map(p -> p.lastSeenRun() == run).orElse(false);
    return Decision.skip(
        ContactSkipReason.UNREADABLE_RECORD,
        prev.map(p -> seen(p, run)),
        Optional.of(problem),
        repeat);
  }

  /**
   * The same contact again on one page, the first one having Merge's id {@code keptMergeId}: the
   * first was kept. Two Merge records of one Salesforce contact are named as such, both ids given.
   */
  Decision duplicate(SourceContact source, String salesforceId, String keptMergeId) {
    String message =
        keptMergeId.equals(source.mergeId())
            ? "Merge sent contact " + salesforceId + " twice on one page; the first was kept."
            : "Merge sent two records of Salesforce contact "
                + salesforceId
                + " on one page, "
                + keptMergeId
                + " and "
                + source.mergeId()
                + "; the first was kept.";
    ContactProblem problem =
        ContactProblem.builder()
            .kind(ContactProblem.Kind.DUPLICATE_RECORD)
            .mergeId(source.mergeId())
            .salesforceId(salesforceId)
            .message(message)
            .build();
    return Decision.skip(
        ContactSkipReason.DUPLICATE_RECORD, Optional.empty(), Optional.of(problem), false);
  }

  /** The fingerprint of {@code contact}: the one worked out already when it is the transform's. */
  private static String fingerprint(
      LevitateContact contact, LevitateContact transformed, Optional<String> ofTransformed) {
    return contact == transformed && ofTransformed.isPresent()
        ? ofTransformed.get()
        : Fingerprints.contact(contact);
  }

  /**
   * A contact seen for the first time is created; one already deceased is created archived when the
   * deceased action is {@code ARCHIVE}, so the relationship stays findable. One deceased with the
   * action {@code REMOVE}, or deleted in Salesforce, is not created.
   */
  private static Decision first(
      SourceContact source, LevitateContact contact, String fingerprint, long run) {
    boolean archivedDeceased =
        contact.status() == ContactStatus.ARCHIVED
            && contact.statusReason().equals(Optional.of(StatusReason.DECEASED))
            && !source.remoteWasDeleted();
    if (contact.status() != ContactStatus.ACTIVE && !archivedDeceased) {
      return Decision.skip(
          ContactSkipReason.INACTIVE_WHEN_FIRST_SEEN, Optional.empty(), Optional.empty(), false);
    }
    ContactState state =
        state(source, contact, fingerprint, StatusSetBy.SYNC, Set.of(), run, Person.NONE);
    DiffDraft.Tags tags =
        new DiffDraft.Tags(contact.tagNames(), List.of(), distinct(contact.keyFacts()), List.of());
    DiffDraft diff =
        new DiffDraft(
            ChangeType.CREATE,
            contact.salesforceId(),
            contact.mergeId(),
            Optional.of(contact),
            contact.statusReason(),
            Set.of(),
            tags,
            Explanations.of(ChangeType.CREATE, contact.statusReason(), contact, Set.of(), tags));
    return Decision.emit(diff, state, contact, false);
  }

  /**
   * What a person's restore makes of the contact the sync wants now. The restore holds against the
   * reasons in force when the person restored ({@link ContactState#restoredAgainst()}, or, when it
   * was not recorded, those in force now): the contact stays active. Once they all cleared, the
   * sync sets the status again; a reason that was not in force then archives or removes the contact
   * again, through the brake like any archive.
   */
  private record Restore(
      LevitateContact contact,
      boolean holds,
      Set<StatusReason> against,
      Optional<String> explanation) {

    static Restore of(
        ContactState p, SourceContact source, LevitateContact wanted, boolean deceasedUnreadable) {
      Set<StatusReason> inForce = EnumSet.noneOf(StatusReason.class);
      wanted.statusReason().ifPresent(inForce::add);
      if (deceasedUnreadable && p.restoredAgainst().contains(StatusReason.DECEASED)) {
        // Unknown is not cleared: the restore goes on holding against it.
        inForce.add(StatusReason.DECEASED);
      }
      if (source.remoteWasDeleted()) {
        inForce.add(StatusReason.DELETED_IN_SALESFORCE);
      }
      Set<StatusReason> against = p.restoredAgainst().isEmpty() ? inForce : p.restoredAgainst();
      Set<StatusReason> fresh = EnumSet.noneOf(StatusReason.class);
      fresh.addAll(inForce);
      fresh.removeAll(against);
      if (!fresh.isEmpty()) {
        StatusReason reason = fresh.iterator().next();
        LevitateContact again =
            reason == wanted.statusReason().orElse(null)
                ? wanted
                : LevitateContact.builder()
                    .from(wanted)
                    .status(ContactStatus.ARCHIVED)
                    .statusReason(reason)
                    .statusSource(Provenance.mergeModel("remote_was_deleted", "true"))
                    .build();
        return new Restore(
            again,
            false,
            Set.of(),
            Optional.of(
                "A person restored the contact"
                    + (p.restoredAgainst().isEmpty()
                        ? ""
                        : " against " + names(p.restoredAgainst()))
                    + "; "
                    + Explanations.why(reason)
                    + " is a new reason."));
      }
      LevitateContact active =
          LevitateContact.builder()
              .from(wanted)
              .status(ContactStatus.ACTIVE)
              .statusReason(Optional.empty())
              .statusSource(Optional.empty())
              .build();
      if (inForce.isEmpty()) {
        return new Restore(active, false, Set.of(), Optional.empty());
      }
      Set<StatusReason> still = EnumSet.copyOf(inForce);
      return new Restore(active, true, Set.copyOf(still), Optional.empty());
    }

    private static String names(Set<StatusReason> reasons) {
      List<String> names = new ArrayList<>();
      EnumSet.copyOf(reasons).forEach(r -> names.add(Explanations.why(r)));
      return String.join(" and ", names);
    }
  }

  /** The change that moves a contact from its current status to the target; empty: none. */
  private static Optional<ChangeType> type(ContactStatus current, ContactStatus target) {
    if (target == ContactStatus.ACTIVE) {
      return Optional.of(current == ContactStatus.ACTIVE ? ChangeType.UPDATE : ChangeType.RESTORE);
    }
    if (current == ContactStatus.REMOVED) {
      return Optional.empty();
    }
    if (target == ContactStatus.REMOVED) {
      return Optional.of(ChangeType.REMOVE);
    }
    return Optional.of(current == ContactStatus.ARCHIVED ? ChangeType.UPDATE : ChangeType.ARCHIVE);
  }

  /**
   * The contact with the {@code Unsubscribe} tag the sync wrote kept: always while the opt-out
   * indicator cannot be read, and when the settings make opt-outs sticky.
   */
  private LevitateContact sticky(
      LevitateContact out,
      ContactState p,
      List<String> explanation,
      Map<TransformResult.Indicator, FieldProblem> unknown) {
    String unsubscribe = LevitateContact.UNSUBSCRIBE_TAG;
    FieldProblem optOut = unknown.get(TransformResult.Indicator.OPT_OUT);
    if ((allowUnsubscribeRemoval && optOut == null)
        || !p.ownedTags().contains(unsubscribe)
        || out.tagNames().contains(unsubscribe)) {
      return out;
    }
    explanation.add(
        "Keeps tag \""
            + unsubscribe
            + "\": "
            + (optOut != null ? optOut.field() + " cannot be read." : "opt-outs are sticky."));
    return LevitateContact.builder()
        .from(out)
        .addTags(Tag.of(unsubscribe, Provenance.sticky()))
        .build();
  }

  /**
   * While the deceased indicator cannot be read, an archived or removed contact keeps its status
   * and reason: the sync neither restores nor archives it on a guess. An active one follows the
   * rest of its record (a deletion in Salesforce still archives it).
   */
  private static LevitateContact keepStatus(
      LevitateContact contact,
      ContactState p,
      List<String> explanation,
      Map<TransformResult.Indicator, FieldProblem> unknown) {
    FieldProblem deceased = unknown.get(TransformResult.Indicator.DECEASED);
    if (deceased == null || p.status() == ContactStatus.ACTIVE) {
      return contact;
    }
    explanation.add(
        "Keeps its status " + p.status() + ": " + deceased.field() + " cannot be read.");
    return LevitateContact.builder()
        .from(contact)
        .status(p.status())
        .statusReason(p.statusReason())
        .statusSource(Optional.empty())
        .build();
  }

  private static ContactProblem invalid(SourceContact source, FieldProblem problem) {
    return ContactProblem.builder()
        .kind(ContactProblem.Kind.INVALID_FIELD_VALUE)
        .mergeId(source.mergeId())
        .salesforceId(problem.salesforceId())
        .field(problem.field())
        .message(problem.message())
        .build();
  }

  /**
   * A removal takes the contact out of Levitate, and with it every tag and key fact the sync wrote
   * (a host that keeps removed contacts hidden takes them off; a person's stay). The sync owns none
   * of them until a restore adds them all again, but a sticky {@code Unsubscribe}, which it keeps.
   */
  private DiffDraft.Tags removal(ContactState p) {
    List<String> removed = new ArrayList<>(p.ownedTags());
    removed.removeAll(stickyOwned(p));
    return new DiffDraft.Tags(List.of(), removed, List.of(), p.ownedKeyFacts());
  }

  private List<String> stickyOwned(ContactState p) {
    String unsubscribe = LevitateContact.UNSUBSCRIBE_TAG;
    return !allowUnsubscribeRemoval && p.ownedTags().contains(unsubscribe)
        ? List.of(unsubscribe)
        : List.of();
  }

  /**
   * A restore of a removed contact adds every tag and key fact, as a create does: a host that
   * removed the contact recreates it from the change.
   */
  private static DiffDraft.Tags restoral(LevitateContact contact, DiffDraft.Tags difference) {
    return new DiffDraft.Tags(
        contact.tagNames(),
        difference.tagsRemoved(),
        distinct(contact.keyFacts()),
        difference.factsRemoved());
  }

  /**
   * What the change adds and removes of the contact's tags and key facts: those the sync produces
   * and neither wrote before nor found a person had added, and those it wrote and produces no more.
   */
  private static DiffDraft.Tags tags(LevitateContact contact, ContactState p) {
    List<String> names = contact.tagNames();
    List<String> added = new ArrayList<>();
    for (String name : names) {
      if (!p.ownedTags().contains(name) && !p.personTags().contains(name)) {
        added.add(name);
      }
    }
    List<String> removed = new ArrayList<>();
    for (String name : p.ownedTags()) {
      if (!names.contains(name)) {
        removed.add(name);
      }
    }
    List<OwnedKeyFact> owned = owned(contact.keyFacts());
    List<KeyFact> factsAdded = new ArrayList<>();
    for (KeyFact fact : distinct(contact.keyFacts())) {
      OwnedKeyFact key = OwnedKeyFact.of(fact);
      if (!p.ownedKeyFacts().contains(key) && !p.personKeyFacts().contains(key)) {
        factsAdded.add(fact);
      }
    }
    List<OwnedKeyFact> factsRemoved = new ArrayList<>();
    for (OwnedKeyFact fact : p.ownedKeyFacts()) {
      if (!owned.contains(fact)) {
        factsRemoved.add(fact);
      }
    }
    return new DiffDraft.Tags(added, removed, factsAdded, factsRemoved);
  }

  /**
   * A person's tags and key facts among those the contact gets now: the sync leaves them to the
   * person. One it no longer produces is forgotten, so that if it comes back the host says again
   * whether the contact still shows it.
   */
  private record Person(List<String> tags, List<OwnedKeyFact> facts) {
    static final Person NONE = new Person(List.of(), List.of());

    static Person of(ContactState p, LevitateContact contact) {
      List<String> tags = new ArrayList<>(p.personTags());
      tags.retainAll(contact.tagNames());
      List<OwnedKeyFact> facts = new ArrayList<>(p.personKeyFacts());
      facts.retainAll(owned(contact.keyFacts()));
      return new Person(tags, facts);
    }
  }

  private static ContactState state(
      SourceContact source,
      LevitateContact contact,
      String fingerprint,
      StatusSetBy setBy,
      Set<StatusReason> restoredAgainst,
      long run,
      Person person) {
    List<String> ownedTags = new ArrayList<>(contact.tagNames());
    ownedTags.removeAll(person.tags());
    List<OwnedKeyFact> ownedFacts = owned(contact.keyFacts());
    ownedFacts.removeAll(person.facts());
    return ContactState.builder()
        .salesforceId(contact.salesforceId())
        .mergeId(contact.mergeId())
        .fingerprint(fingerprint)
        .ownedTags(ownedTags)
        .ownedKeyFacts(ownedFacts)
        .personTags(person.tags())
        .personKeyFacts(person.facts())
        .status(contact.status())
        .statusReason(contact.statusReason())
        .statusSetBy(setBy)
        .restoredAgainst(restoredAgainst)
        .accountMergeId(source.account().map(SourceAccount::mergeId))
        .accountName(source.account().flatMap(SourceAccount::name))
        .accountType(
            source.account().filter(SourceAccount::fieldsRead).flatMap(SourceAccount::type))
        .ownerMergeId(source.owner().map(SourceUser::mergeId))
        .lastSeenRun(run)
        .build();
  }

  /** The label and date of each of {@code facts}, once each. */
  private static List<OwnedKeyFact> owned(List<KeyFact> facts) {
    List<OwnedKeyFact> owned = new ArrayList<>(facts.size());
    for (KeyFact fact : distinct(facts)) {
      owned.add(OwnedKeyFact.of(fact));
    }
    return owned;
  }

  /**
   * {@code facts} with one key fact per label and date, the first of each: two fields with one
   * label can give the same fact, which the sync adds, owns and removes once.
   */
  private static List<KeyFact> distinct(List<KeyFact> facts) {
    List<KeyFact> distinct = new ArrayList<>(facts.size());
    Set<OwnedKeyFact> seen = new HashSet<>();
    for (KeyFact fact : facts) {
      if (seen.add(OwnedKeyFact.of(fact))) {
        distinct.add(fact);
      }
    }
    return distinct;
  }

  private static ContactState seen(ContactState p, long run) {
    return p.lastSeenRun() == run ? p : ContactState.builder().from(p).lastSeenRun(run).build();
  }
}
