package ai.levitate.sf.merge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.net.ServerSocketFactory;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A MockWebServer standing in for Merge, and a client pointed at it with manual time, a seeded
 * random and test credentials. Close it after each test.
 */
public final class MockMerge implements AutoCloseable {
  public static final String API_KEY = "sk_test_Zq8vK3mN7pL2xR9w";
  public static final String ACCOUNT_TOKEN = "acct_tok_4hT6yU1iO0pA5sD8";

  public final MockWebServer server = new MockWebServer();
  public final ManualTime time = ManualTime.startingAt("2024-05-01T10:00:00Z");

  public MockMerge() {
    try {
      server.setServerSocketFactory(new NoDelay());
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The base URL of the fake, as Merge's is: {@code http://127.0.0.1:port/api/crm/v1/}. */
  public String baseUrl() {
    return server.url("/api/crm/v1/").toString();
  }

  public MergeCrmClient.Builder clientBuilder() {
    return MergeCrmClient.builder()
        .apiKey(API_KEY)
        .accountToken(ACCOUNT_TOKEN)
        .baseUrl(baseUrl())
        .rateLimit(RateLimit.ENTERPRISE)
        .clock(time)
        .nanoClock(time)
        .sleeper(time)
        .random(new Random(42))
        .readTimeout(Duration.ofSeconds(5));
  }

  public MergeCrmClient client() {
    return clientBuilder().build();
  }

  public void enqueue(int status, String body) {
    server.enqueue(
        new MockResponse.Builder()
            .code(status)
            .addHeader("Content-Type", "application/json")
            .body(body)
            .build());
  }

  public void enqueueFixture(String name) {
    enqueue(200, fixture(name));
  }

  public RecordedRequest take() {
    try {
      RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
      if (request == null) {
        throw new AssertionError("no request arrived");
      }
      return request;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** A JSON file under {@code src/test/resources/merge/}. */
  public static String fixture(String name) {
    try (InputStream in = MockMerge.class.getResourceAsStream("/merge/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.close();
  }

  /**
   * Server sockets whose connections send at once: MockWebServer writes headers and body
   * separately, and with Nagle's algorithm on, each answer would wait for a delayed ACK (about 40
   * ms on Linux), making the tests slow for no reason.
   */
  private static final class NoDelay extends ServerSocketFactory {
    @Override
    public ServerSocket createServerSocket() throws IOException {
      return new ServerSocket() {
        @Override
        public Socket accept() throws IOException {
          Socket socket = super.accept();
          socket.setTcpNoDelay(true);
          return socket;
        }
      };
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
      throw new UnsupportedOperationException("unbound sockets only");
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog) throws IOException {
      throw new UnsupportedOperationException("unbound sockets only");
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog, InetAddress address)
        throws IOException {
      throw new UnsupportedOperationException("unbound sockets only");
    }
  }
}
