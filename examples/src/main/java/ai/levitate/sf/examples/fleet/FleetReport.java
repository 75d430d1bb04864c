package ai.levitate.sf.examples.fleet;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fleet's outcome: {@code fleet.json} with exactly the keys issue 15 lists, and the summary
 * printed at the end. An account passes when it holds exactly the contacts of its fault-free run
 * (every exported line equal), has exactly its notes and no note twice, and finished every round.
 */
record FleetReport(List<Account> accounts, int workersKilled, int overlappingRuns, double seconds) {
  static final String FILE = "fleet.json";
  private static final Pattern REFERENCE = Pattern.compile("LEV-[0-9A-F]{16}");
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** One account's end against its expectation; {@code difference} says why it does not pass. */
  record Account(
      String account,
      long contacts,
      long expectedContacts,
      long notesWritten,
      long notesExpected,
      long duplicateNotes,
      long runsCompleted,
      List<String> workers,
      Optional<String> difference) {
    boolean passes() {
      return difference.isEmpty();
    }
  }

  /** What tells an account's end from its expectation, if anything. */
  static Optional<String> difference(
      List<String> contacts,
      List<String> expected,
      long notes,
      long notesExpected,
      long duplicates,
      int doneRound,
      int rounds) {
    if (doneRound < rounds) {
      return Optional.of("finished round " + doneRound + " of " + rounds);
    }
    if (!contacts.equals(expected)) {
      for (int i = 0; i < Math.min(contacts.size(), expected.size()); i++) {
        if (!contacts.get(i).equals(expected.get(i))) {
          return Optional.of(
              "contact "
                  + salesforceId(contacts.get(i))
                  + " differs from the fault-free run's "
                  + salesforceId(expected.get(i)));
        }
      }
      return Optional.of(contacts.size() + " contacts instead of " + expected.size());
    }
    if (duplicates > 0) {
      return Optional.of(duplicates + " notes written twice");
    }
    if (notes != notesExpected) {
      return Optional.of(notes + " notes instead of " + notesExpected);
    }
    return Optional.empty();
  }

  private static String salesforceId(String exportLine) {
    try {
      return JSON.readTree(exportLine).path("salesforceId").asText("?");
    } catch (IOException e) {
      return "?";
    }
  }

  /**
   * Notes beyond the first with the same {@code LEV-} reference (or, without one, the same text).
   */
  static long duplicates(List<String> noteContents) {
    Set<String> seen = new HashSet<>();
    long duplicates = 0;
    for (String content : noteContents) {
      Matcher m = REFERENCE.matcher(content);
      if (!seen.add(m.find() ? m.group() : content)) {
        duplicates++;
      }
    }
    return duplicates;
  }

  boolean passes() {
    return overlappingRuns == 0 && accounts.stream().allMatch(Account::passes);
  }

  String json() {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode list = root.putArray("accounts");
    for (Account a : accounts) {
      ObjectNode node = list.addObject();
      node.put("account", a.account());
      node.put("contacts", a.contacts());
      node.put("expectedContacts", a.expectedContacts());
      node.put("notesWritten", a.notesWritten());
      node.put("notesExpected", a.notesExpected());
      node.put("duplicateNotes", a.duplicateNotes());
      node.put("runsCompleted", a.runsCompleted());
      ArrayNode workers = node.putArray("workers");
      a.workers().forEach(workers::add);
    }
    root.put("workersKilled", workersKilled);
    root.put("overlappingRuns", overlappingRuns);
    root.put("seconds", BigDecimal.valueOf(seconds).setScale(1, RoundingMode.HALF_UP));
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException("fleet.json could not be written", e);
    }
  }

  void write(Path dir) throws IOException {
    Files.writeString(dir.resolve(FILE), json(), StandardCharsets.UTF_8);
  }

  void print(PrintStream out) {
    out.println(
        String.format(
            Locale.ROOT,
            "  %-12s %8s %8s %6s %8s %4s %5s  %s",
            "account",
            "contacts",
            "expected",
            "notes",
            "expected",
            "dup",
            "runs",
            "workers"));
    for (Account a : accounts) {
      out.println(
          String.format(
              Locale.ROOT,
              "  %-12s %8d %8d %6d %8d %4d %5d  %s%s",
              a.account(),
              a.contacts(),
              a.expectedContacts(),
              a.notesWritten(),
              a.notesExpected(),
              a.duplicateNotes(),
              a.runsCompleted(),
              String.join(", ", a.workers()),
              a.difference().map(d -> "  <- " + d).orElse("")));
    }
  }
}
