package ai.levitate.sf.merge.internal.wire;

import java.util.List;
import java.util.Optional;

/** One page of Merge's contact list: its records, each read on its own, and the next cursor. */
public record ContactRecordPage(List<ContactRecord> results, Optional<String> next) {
  public ContactRecordPage {
    results = List.copyOf(results);
  }
}
