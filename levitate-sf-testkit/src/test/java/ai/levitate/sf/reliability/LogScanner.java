package ai.levitate.sf.reliability;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.AbstractQueue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.MDC;
import org.slf4j.event.EventRecordingLogger;
import org.slf4j.event.SubstituteLoggingEvent;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.SubstituteLogger;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The SLF4J binding of the testkit's tests: every level on, every event formatted with its
 * throwable's stack trace and searched for {@link Secrets} as it is logged, then dropped. It keeps
 * counts and the lines that leaked, not the log, so the suites' many thousand lines cost no memory;
 * a test that looks at the lines themselves, with their thread and MDC, {@link #record()}s them.
 */
public final class LogScanner implements SLF4JServiceProvider {
  private static final AtomicLong LINES = new AtomicLong();
  private static final List<String> LEAKS = Collections.synchronizedList(new ArrayList<>());
  private static final Scanning EVENTS = new Scanning();

  /** SLF4J's recording logger, with every level on, hands each event to the scanner. */
  private final ILoggerFactory factory =
      name -> new EventRecordingLogger(new SubstituteLogger(name, EVENTS, false), EVENTS);

  private final IMarkerFactory markers = new BasicMarkerFactory();
  private final MDCAdapter mdc = new BasicMDCAdapter();
  private static final List<Line> RECORDED = new ArrayList<>();
  private static volatile boolean recording;

  /** A line logged while recording: its level, logger, text, thread and MDC. */
  public record Line(
      String level, String logger, String text, String thread, Map<String, String> mdc) {}

  /** Keeps every line logged from now until the recording is closed. */
  public static Recording record() {
    synchronized (RECORDED) {
      RECORDED.clear();
    }
    recording = true;
    return new Recording();
  }

  /** The lines kept while it was open. */
  public static final class Recording implements AutoCloseable {
    public List<Line> lines() {
      synchronized (RECORDED) {
        return List.copyOf(RECORDED);
      }
    }

    @Override
    public void close() {
      recording = false;
    }
  }

  /** Lines logged in this JVM so far. */
  static long lines() {
    return LINES.get();
  }

  /** The lines that carried a secret, each cut around it. */
  static List<String> leaks() {
    synchronized (LEAKS) {
      return List.copyOf(LEAKS);
    }
  }

  /** Forgets the leaks whose line contains {@code text}: for the scanner's own test only. */
  static void forgetLeaks(String text) {
    LEAKS.removeIf(leak -> leak.contains(text));
  }

  @Override
  public ILoggerFactory getLoggerFactory() {
    return factory;
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return markers;
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return mdc;
  }

  @Override
  public String getRequestedApiVersion() {
    return "2.0.99";
  }

  @Override
  public void initialize() {}

  /** A queue that keeps nothing: each event offered is scanned and forgotten. */
  private static final class Scanning extends AbstractQueue<SubstituteLoggingEvent> {
    @Override
    public boolean offer(SubstituteLoggingEvent event) {
      StringBuilder line =
          new StringBuilder(
              event.getLevel()
                  + " "
                  + event.getLoggerName()
                  + ": "
                  + MessageFormatter.basicArrayFormat(
                      event.getMessage(), event.getArgumentArray()));
      if (event.getThrowable() != null) {
        StringWriter trace = new StringWriter();
        event.getThrowable().printStackTrace(new PrintWriter(trace));
        line.append('\n').append(trace);
      }
      LINES.incrementAndGet();
      if (recording) {
        Map<String, String> context = MDC.getCopyOfContextMap();
        synchronized (RECORDED) {
          RECORDED.add(
              new Line(
                  event.getLevel().name(),
                  event.getLoggerName(),
                  MessageFormatter.basicArrayFormat(event.getMessage(), event.getArgumentArray()),
                  Thread.currentThread().getName(),
                  context == null ? Map.of() : Map.copyOf(context)));
        }
      }
      List<String> found = Secrets.find(line.toString());
      if (!found.isEmpty()) {
        LEAKS.add(event.getLevel() + " " + event.getLoggerName() + ": " + found);
      }
      return true;
    }

    @Override
    public SubstituteLoggingEvent poll() {
      return null;
    }

    @Override
    public SubstituteLoggingEvent peek() {
      return null;
    }

    @Override
    public Iterator<SubstituteLoggingEvent> iterator() {
      return Collections.emptyIterator();
    }

    @Override
    public int size() {
      return 0;
    }
  }
}
