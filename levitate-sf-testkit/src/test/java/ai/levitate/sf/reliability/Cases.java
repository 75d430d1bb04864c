package ai.levitate.sf.reliability;

import ai.levitate.sf.core.spi.ContactChange;
import ai.levitate.sf.core.writeback.LedgerEntry;
import ai.levitate.sf.reliability.Results.Figure;
import ai.levitate.sf.testkit.FakeMergeServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongFunction;

/**
 * Runs one case of a suite (an account's life under some faults or kills), compares where it ends
 * with the fault-free end, records the figures and fails the case with what differs.
 */
final class Cases {
  /** What a case must end in. */
  record Expect(Kind kind, int refused) {
    enum Kind {
      SAME_END,
      NOTES_REFUSED,
      SAME_CONTACTS_AFTER_APPROVAL,
      SAME_END_ANY_ORDER
    }

    /** Exactly the fault-free end. */
    static Expect sameEnd() {
      return new Expect(Kind.SAME_END, 0);
    }

    /**
     * The fault-free end but {@code count} notes Merge refused for good (a 2xx listing errors): not
     * written, not retried, recorded as refused.
     */
    static Expect notesRefused(int count) {
      return new Expect(Kind.NOTES_REFUSED, count);
    }

    /**
     * The fault-free contacts, states, notes and ledger, with the archives emitted by the approval
     * of held changes instead of by the run that decided them: the same changes in the same order,
     * under another run id.
     */
    static Expect sameContactsAfterApproval() {
      return new Expect(Kind.SAME_CONTACTS_AFTER_APPROVAL, 0);
    }

    /**
     * The fault-free end, with the change log in another order: windows read side by side reach the
     * sink as the network delivers them, so each change may hold another position.
     */
    static Expect sameEndAnyOrder() {
      return new Expect(Kind.SAME_END_ANY_ORDER, 0);
    }
  }

  /** The steps of a case, on the scenario of its account. */
  @FunctionalInterface
  interface Body {
    void play(Scenario scenario);
  }

  private Cases() {}

  static Scenario.Tally run(
      Results.Row row, FakeMergeServer server, Org org, End expected, Body body, Expect expect) {
    return run(row, server, org, expected, body, expect, n -> KillSwitch.never());
  }

  static Scenario.Tally run(
      Results.Row row,
      FakeMergeServer server,
      Org org,
      End expected,
      Body body,
      Expect expect,
      LongFunction<KillSwitch> kills) {
    long faultsBefore = server.faultCount();
    Scenario scenario = new Scenario(org, kills);
    row.add(Figure.CASES);
    Throwable failure = null;
    try {
      body.play(scenario);
    } catch (AssertionError e) {
      failure = e;
    } catch (Throwable e) {
      row.add(Figure.UNCAUGHT);
      failure = e;
    } finally {
      server.clearFaults();
      row.add(Figure.FAULTS, server.faultCount() - faultsBefore);
      row.add(Figure.KILLS, scenario.tally().kills);
      row.add(Figure.TYPED_STOPS, scenario.tally().typedStops);
    }
    List<String> leaked = new ArrayList<>();
    scenario.tally().typedErrors.forEach(message -> leaked.addAll(Secrets.find(message)));
    row.add(Figure.SECRETS, leaked.size());
    List<String> misunderstood = server.takeFailures();
    End end = End.of(org);
    row.add(Figure.COMPARED);
    long lost = end.lost(expected);
    long wrong = end.wronglyArchived(expected);
    long duplicates = end.duplicateNotes();
    row.add(Figure.LOST, lost)
        .add(Figure.WRONGLY_ARCHIVED, wrong)
        .add(Figure.DUPLICATE_NOTES, duplicates);
    List<String> differences = differences(end, expected, expect);
    if (!leaked.isEmpty()) {
      differences.add("secrets in the messages of typed errors: " + leaked);
    }
    if (!misunderstood.isEmpty()) {
      differences.add("the fake did not understand " + misunderstood);
    }
    if (failure != null || !differences.isEmpty()) {
      row.add(Figure.DIVERGED);
      throw new AssertionError(
          org.name
              + " ended differently: "
              + differences
              + "; lost "
              + lost
              + ", wrongly archived "
              + wrong
              + ", duplicate notes "
              + duplicates
              + (failure == null ? "" : "; failed with " + trace(failure))
              + "\nlast typed errors: "
              + last(scenario.tally().typedErrors));
    }
    return scenario.tally();
  }

  private static List<String> differences(End end, End expected, Expect expect) {
    return switch (expect.kind()) {
      case SAME_END -> new ArrayList<>(end.differences(expected));
      case NOTES_REFUSED -> notesRefused(end, expected, expect.refused());
      case SAME_CONTACTS_AFTER_APPROVAL -> sameContacts(end, expected);
      case SAME_END_ANY_ORDER -> new ArrayList<>(unordered(end).differences(unordered(expected)));
    };
  }

  private static List<String> notesRefused(End end, End expected, int count) {
    List<String> parts = new ArrayList<>();
    End withoutNotes =
        new End(
            end.changes(),
            end.states(),
            end.held(),
            end.levitate(),
            end.runState(),
            expected.notes(),
            expected.ledger());
    parts.addAll(withoutNotes.differences(expected));
    List<End.Note> missing = new ArrayList<>(expected.notes());
    end.notes().forEach(missing::remove);
    if (missing.size() != count || end.notes().size() != expected.notes().size() - count) {
      parts.add(
          "notes: expected "
              + count
              + " refused, "
              + end.notes().size()
              + " of "
              + expected.notes().size()
              + " stored");
    }
    long refused = 0;
    for (Map.Entry<String, LedgerEntry.State> entry : expected.ledger().entrySet()) {
      LedgerEntry.State state = end.ledger().get(entry.getKey());
      if (state == LedgerEntry.State.REJECTED && entry.getValue() == LedgerEntry.State.WRITTEN) {
        refused++;
      } else if (!Objects.equals(state, entry.getValue())) {
        parts.add("ledger " + entry.getKey() + " is " + state + ", not " + entry.getValue());
      }
    }
    if (refused != count) {
      parts.add("ledger records " + refused + " refused activities, not " + count);
    }
    return parts;
  }

  private static List<String> sameContacts(End end, End expected) {
    List<String> parts = new ArrayList<>();
    End comparable =
        new End(
            withoutRunIds(end.changes()),
            end.states(),
            end.held(),
            end.levitate(),
            expected.runState(),
            end.notes(),
            end.ledger());
    End reference =
        new End(
            withoutRunIds(expected.changes()),
            expected.states(),
            expected.held(),
            expected.levitate(),
            expected.runState(),
            expected.notes(),
            expected.ledger());
    parts.addAll(comparable.differences(reference));
    return parts;
  }

  /** The end with its change log sorted and without positions. */
  private static End unordered(End end) {
    List<ContactChange> changes =
        new ArrayList<>(
            end.changes().stream()
                .map(c -> ContactChange.builder().from(c).position(0).build())
                .toList());
    changes.sort(Comparator.comparing(ContactChange::toString));
    return new End(
        changes,
        end.states(),
        end.held(),
        end.levitate(),
        end.runState(),
        end.notes(),
        end.ledger());
  }

  private static List<ContactChange> withoutRunIds(List<ContactChange> changes) {
    return changes.stream()
        .map(c -> ContactChange.builder().from(c).runId("run").position(0).build())
        .toList();
  }

  private static String trace(Throwable failure) {
    StringWriter out = new StringWriter();
    failure.printStackTrace(new PrintWriter(out));
    return out.toString();
  }

  private static List<String> last(List<String> errors) {
    return errors.subList(Math.max(0, errors.size() - 3), errors.size());
  }
}
