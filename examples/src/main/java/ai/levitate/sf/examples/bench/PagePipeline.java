package ai.levitate.sf.examples.bench;

import ai.levitate.sf.core.model.FieldCatalog;
import ai.levitate.sf.core.model.SourceContact;
import ai.levitate.sf.core.spi.ContactPage;
import ai.levitate.sf.core.spi.ContactQuery;
import ai.levitate.sf.core.transform.ContactTransformer;
import ai.levitate.sf.core.transform.TransformResult;
import ai.levitate.sf.merge.MergeContactSource;
import ai.levitate.sf.merge.MergeCrmClient;
import ai.levitate.sf.merge.RateLimit;
import ai.levitate.sf.testkit.FakeMergeServer;
import ai.levitate.sf.testkit.SalesforceDataGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * One page of 100 generated Merge contacts (about 40 remote fields each, their classes embedded as
 * Merge sends them) as bytes, and the ways {@link PipelineBenchmark} reads it: the client's whole
 * pipeline (HTTP answer to {@code SourceContact} to Levitate contact, with no network: an
 * interceptor answers from the bytes), a bare Jackson {@code readTree}, and the fake server's
 * answer for it over loopback.
 */
final class PagePipeline implements AutoCloseable {
  static final int CONTACTS = 100;
  private static final String PAGE =
      "contacts?page_size=100&expand=account,owner"
          + "&include_remote_fields=true&include_deleted_data=true";
  private static final String CLASSES = "contacts/remote-field-classes?page_size=100";

  private final byte[] page;
  private final byte[] classes;
  private final ObjectMapper mapper = new ObjectMapper();
  private final MergeContactSource source;
  private final ContactTransformer transformer;
  private final FakeMergeServer server;
  private final OkHttpClient http = new OkHttpClient();

  PagePipeline() {
    server = FakeMergeServer.builder().start();
    server.addLinkedAccount(
        "token", SalesforceDataGenerator.builder().seed(3).contacts(CONTACTS).build().generate());
    page = fetch(http, server, PAGE);
    classes = fetch(http, server, CLASSES);
    MergeCrmClient client =
        MergeCrmClient.builder()
            .apiKey(server.apiKey())
            .accountToken("token")
            .baseUrl(server.baseUrl())
            .rateLimit(RateLimit.perMinute(Integer.MAX_VALUE))
            .okHttpClient(
                http.newBuilder().addInterceptor(chain -> answer(chain.request())).build())
            .build();
    source = MergeContactSource.create(client);
    FieldCatalog catalog = source.fieldCatalog();
    transformer = ContactTransformer.create(catalog, Bench.settings());
  }

  /** The fake's answer for the page, over loopback: what the fake's thread spends on a page. */
  byte[] fakeAnswer() {
    return fetch(http, server, PAGE);
  }

  @Override
  public void close() {
    server.close();
  }

  int bytes() {
    return page.length;
  }

  /** The page through the client and the transform, as a sync reads it. */
  List<TransformResult> pipeline() {
    ContactPage read = source.readContacts(ContactQuery.all());
    List<TransformResult> results = new ArrayList<>(read.contacts().size());
    for (SourceContact contact : read.contacts()) {
      results.add(transformer.transform(contact));
    }
    if (results.size() != CONTACTS) {
      throw new IllegalStateException("the page held " + results.size() + " contacts");
    }
    return results;
  }

  /** The same bytes as a bare Jackson tree. */
  JsonNode readTree() {
    try {
      return mapper.readTree(page);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Response answer(Request request) {
    byte[] body = request.url().encodedPath().endsWith("remote-field-classes") ? classes : page;
    return new Response.Builder()
        .request(request)
        .protocol(Protocol.HTTP_1_1)
        .code(200)
        .message("OK")
        .body(ResponseBody.create(body, MediaType.get("application/json")))
        .build();
  }

  private static byte[] fetch(OkHttpClient http, FakeMergeServer server, String pathAndQuery) {
    Request request =
        new Request.Builder()
            .url(server.baseUrl() + pathAndQuery)
            .header("Authorization", "Bearer " + server.apiKey())
            .header("X-Account-Token", "token")
            .build();
    try (Response response = http.newCall(request).execute()) {
      if (response.code() != 200) {
        throw new IllegalStateException("the fake answered " + response.code());
      }
      return Objects.requireNonNull(response.body()).bytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
