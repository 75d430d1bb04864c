package ai.levitate.sf.core.sync;

import ai.levitate.sf.core.model.SourceContact;
import ai.levitate.sf.core.spi.ContactPage;
import ai.levitate.sf.core.spi.ContactQuery;
import ai.levitate.sf.core.spi.ContactSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Notes what the engine asks a source: each query and the Salesforce ids it got, and how many pages
 * were being read at once. Thread-safe: windows are read on an executor.
 */
final class Recorder {
  /** One read: the query sent, and the Salesforce ids the page held, in order. */
  record Read(ContactQuery query, List<String> ids) {}

  private final List<Read> reads = new ArrayList<>();
  private final AtomicInteger reading = new AtomicInteger();
  private final AtomicInteger mostAtOnce = new AtomicInteger();

  synchronized List<Read> reads() {
    return List.copyOf(reads);
  }

  /** Pages being read right now. */
  int reading() {
    return reading.get();
  }

  /** The most pages that were being read at one time. */
  int mostAtOnce() {
    return mostAtOnce.get();
  }

  ContactSource source(ContactSource inner) {
    return new Forwarding(inner) {
      @Override
      public ContactPage readContacts(ContactQuery query) {
        mostAtOnce.accumulateAndGet(reading.incrementAndGet(), Math::max);
        ContactPage page;
        try {
          page = super.readContacts(query);
        } finally {
          reading.decrementAndGet();
        }
        List<String> ids = new ArrayList<>();
        page.contacts().forEach(c -> ids.add(c.remoteId().orElseThrow()));
        synchronized (Recorder.this) {
          reads.add(new Read(query, ids));
        }
        return page;
      }
    };
  }

  /** The contact as Merge would hold it, had Merge first stored it at {@code at}. */
  static SourceContact createdAt(SourceContact contact, Instant at) {
    return SourceContact.builder().from(contact).createdAt(at).modifiedAt(at).build();
  }
}
