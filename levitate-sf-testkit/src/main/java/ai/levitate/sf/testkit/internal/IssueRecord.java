package ai.levitate.sf.testkit.internal;

import java.util.List;

/**
 * One of Merge's Issues on a linked account: a problem someone has to act on, such as missing
 * permissions, open from its first incident until it is resolved.
 */
public record IssueRecord(
    String id,
    String errorDescription,
    List<String> errorDetails,
    long firstIncidentMicros,
    long lastIncidentMicros,
    boolean resolved) {

  public IssueRecord {
    errorDetails = List.copyOf(errorDetails);
  }

  IssueRecord resolve(long micros) {
    return resolved
        ? this
        : new IssueRecord(id, errorDescription, errorDetails, firstIncidentMicros, micros, true);
  }
}
