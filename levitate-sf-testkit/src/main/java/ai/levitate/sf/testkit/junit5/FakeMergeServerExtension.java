package ai.levitate.sf.testkit.junit5;

import ai.levitate.sf.testkit.FakeMergeServer;
import java.util.Objects;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts a {@link FakeMergeServer} before each test and closes it after, failing the test when the
 * server received a request it does not understand. Tests get the server as a parameter, or from
 * {@link #server()} when the extension is a field.
 *
 * <pre>{@code
 * @ExtendWith(FakeMergeServerExtension.class)
 * final class SyncTest {
 *   @Test
 *   void readsContacts(FakeMergeServer server) { ... }
 * }
 *
 * final class ClockedTest {
 *   final ManualClock clock = ManualClock.at(Instant.parse("2026-01-05T09:00:00Z"));
 *
 *   @RegisterExtension
 *   final FakeMergeServerExtension merge =
 *       FakeMergeServerExtension.with(() -> FakeMergeServer.builder().clock(clock));
 * }
 * }</pre>
 */
public final class FakeMergeServerExtension
    implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(FakeMergeServerExtension.class);

  private final Supplier<FakeMergeServer.Builder> settings;
  private volatile FakeMergeServer current;

  /** An extension whose servers have the default settings. */
  public FakeMergeServerExtension() {
    this(FakeMergeServer::builder);
  }

  private FakeMergeServerExtension(Supplier<FakeMergeServer.Builder> settings) {
    this.settings = settings;
  }

  /** An extension whose servers are started from a fresh builder for each test. */
  public static FakeMergeServerExtension with(Supplier<FakeMergeServer.Builder> settings) {
    return new FakeMergeServerExtension(Objects.requireNonNull(settings, "settings == null"));
  }

  /** The running test's server; only valid inside a test. */
  public FakeMergeServer server() {
    FakeMergeServer server = current;
    if (server == null) {
      throw new IllegalStateException("the fake Merge server runs only while a test runs");
    }
    return server;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    FakeMergeServer server = settings.get().start();
    context.getStore(NAMESPACE).put(FakeMergeServer.class, server);
    current = server;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    FakeMergeServer server =
        context.getStore(NAMESPACE).remove(FakeMergeServer.class, FakeMergeServer.class);
    current = null;
    if (server != null) {
      server.close();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == FakeMergeServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context.getStore(NAMESPACE).get(FakeMergeServer.class, FakeMergeServer.class);
  }
}
