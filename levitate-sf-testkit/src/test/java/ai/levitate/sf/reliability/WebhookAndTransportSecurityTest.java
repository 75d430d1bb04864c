package ai.levitate.sf.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.levitate.sf.merge.MergeCrmClient;
import ai.levitate.sf.merge.WebhookException;
import ai.levitate.sf.merge.WebhookVerifier;
import ai.levitate.sf.reliability.Results.Figure;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Webhooks that were altered, signed with another key or not signed are refused; a client never
 * speaks plain HTTP to anything but this machine.
 */
@Tag("reliability")
final class WebhookAndTransportSecurityTest {
  private static final Results.Row ROW = Results.suite("security");
  private static final byte[] BODY =
      ("{\"hook\": {\"id\": \"h1\", \"event\": \"CRMContact.changed\"},"
              + " \"linked_account\": {\"id\": \"la-1\"}, \"data\": {\"id\": \"c-1\"}}")
          .getBytes(StandardCharsets.UTF_8);

  private final WebhookVerifier verifier = WebhookVerifier.create(Secrets.WEBHOOK_KEY);

  @Test
  void aSignedWebhookIsReadWithOrWithoutPadding() {
    String signature = verifier.sign(BODY);
    String padded = Base64.getUrlEncoder().encodeToString(Base64.getUrlDecoder().decode(signature));

    assertThat(verifier.verify(BODY, signature).event()).isEqualTo("CRMContact.changed");
    assertThat(verifier.verify(BODY, padded).linkedAccountId()).contains("la-1");
    ROW.add(Figure.CASES, 2);
  }

  @Test
  void aTamperedBodyAWrongKeyOrNoSignatureIsRefused() {
    String signature = verifier.sign(BODY);
    byte[] tampered = BODY.clone();
    tampered[tampered.length - 4] = (byte) '2';
    byte[] extended = Arrays.copyOf(BODY, BODY.length + 1);
    extended[BODY.length] = ' ';
    String otherKey = WebhookVerifier.create(Secrets.WEBHOOK_KEY + "-old").sign(BODY);
    String flipped = (signature.charAt(0) == 'A' ? "B" : "A") + signature.substring(1);
    List<Object[]> refused =
        List.of(
            new Object[] {"a tampered body", tampered, signature},
            new Object[] {"a byte more", extended, signature},
            new Object[] {"an empty body", new byte[0], signature},
            new Object[] {"another key", BODY, otherKey},
            new Object[] {"no signature", BODY, null},
            new Object[] {"an empty signature", BODY, ""},
            new Object[] {"one character changed", BODY, flipped},
            new Object[] {"a cut signature", BODY, signature.substring(0, 20)},
            new Object[] {
              "standard base64",
              BODY,
              Base64.getEncoder()
                      .encodeToString(Base64.getUrlDecoder().decode(signature))
                      .replace('_', '/')
                  + "+"
            },
            new Object[] {"the key itself", BODY, Secrets.WEBHOOK_KEY},
            new Object[] {"not base64", BODY, "!!not base64!!"});
    for (Object[] c : refused) {
      byte[] body = (byte[]) c[1];
      String given = (String) c[2];
      assertThat(verifier.isValid(body, given)).as((String) c[0]).isFalse();
      assertThatThrownBy(() -> verifier.verify(body, given))
          .as((String) c[0])
          .isInstanceOf(WebhookException.class)
          .hasMessage(
              "the webhook's X-Merge-Webhook-Signature does not match its body; it did"
                  + " not come from Merge or was altered");
      ROW.add(Figure.CASES);
    }
  }

  @Test
  void plainHttpIsRefusedForEveryHostButThisMachine() {
    for (String url :
        List.of(
            "http://api.merge.dev/api/crm/v1",
            "http://API-EU.MERGE.DEV/api/crm/v1",
            "http://10.0.0.7/api/crm/v1",
            "http://127.0.0.1.nip.io/api/crm/v1",
            "http://localhost.evil.example/api/crm/v1",
            "http://0x7f000001/api/crm/v1",
            "http://2130706433/api/crm/v1",
            "http://127.1/api/crm/v1",
            "http://169.254.169.254/latest/meta-data/")) {
      assertThatThrownBy(() -> MergeCrmClient.builder().baseUrl(url))
          .as(url)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith(
              "baseUrl must use https; http is allowed only for loopback"
                  + " hosts (localhost, 127.0.0.1, ::1), was http://");
      ROW.add(Figure.CASES);
    }
    // Hosts are compared as OkHttp writes them: [::ffff:7f00:1] is 127.0.0.1.
    for (String url :
        List.of(
            "http://localhost:8080/api/crm/v1",
            "http://127.0.0.1:9/api/crm/v1",
            "http://127.10.0.3/api/crm/v1",
            "http://[::1]:8080/api/crm/v1",
            "HTTP://LOCALHOST/x",
            "http://[::ffff:7f00:1]/api/crm/v1",
            "https://api-eu.merge.dev/api/crm/v1")) {
      MergeCrmClient client =
          MergeCrmClient.builder()
              .baseUrl(url)
              .apiKey(Secrets.API_KEY)
              .accountToken(Secrets.token("http"))
              .build();
      assertThat(client.baseUrl()).as(url).endsWith("/");
      ROW.add(Figure.CASES);
    }
  }
}
