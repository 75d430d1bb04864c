package ai.levitate.sf.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

final class WebhookVerifierTest {
  private static final String KEY = "whsec_levitate_test_key_2024";
  private static final byte[] BODY =
      ("{\"hook\": {\"id\": \"164f934e-5b1a-433e-9f7f-85c72b8cd155\","
              + " \"event\": \"LinkedAccount.sync_completed\", \"target\":"
              + " \"https://levitate.example/merge/webhooks\"}, \"linked_account\": {\"id\":"
              + " \"0496d4c2-42e6-4072-80b3-7b69bfdc76fd\", \"integration\": \"Salesforce\","
              + " \"integration_slug\": \"salesforce\", \"category\": \"crm\", \"end_user_origin_id\":"
              + " \"lev-account-17\", \"end_user_organization_name\": \"Babbage & Co\", \"status\":"
              + " \"COMPLETE\"}, \"data\": {\"sync_status\": {\"model_name\": \"Contact\", \"status\":"
              + " \"DONE\"}}}")
          .getBytes(StandardCharsets.UTF_8);

  /** Computed outside Java: base64url(HMAC-SHA256(KEY, BODY)), as Merge sends it. */
  private static final String SIGNATURE = "iyl5s2pyhdHRdaQQj0BrFiXaixGko8z-7peDJ99FekY=";

  private final WebhookVerifier verifier = WebhookVerifier.create(KEY);

  @Test
  void acceptsMergesSignatureOfTheRawBodyWithOrWithoutPadding() {
    assertThat(verifier.isValid(BODY, SIGNATURE)).isTrue();
    assertThat(verifier.isValid(BODY, SIGNATURE.replace("=", ""))).isTrue();
    assertThat(verifier.isValid(BODY, " " + SIGNATURE + "\n")).isTrue();
    assertThat(verifier.sign(BODY)).isEqualTo(SIGNATURE.replace("=", ""));
  }

  @Test
  void rejectsATamperedBodyAWrongKeyAndMissingOrGarbledSignatures() {
    byte[] tampered =
        new String(BODY, StandardCharsets.UTF_8)
            .replace("DONE", "FAILED")
            .getBytes(StandardCharsets.UTF_8);

    assertThat(verifier.isValid(tampered, SIGNATURE)).isFalse();
    assertThat(WebhookVerifier.create("another key").isValid(BODY, SIGNATURE)).isFalse();
    assertThat(verifier.isValid(BODY, null)).isFalse();
    assertThat(verifier.isValid(BODY, "")).isFalse();
    assertThat(verifier.isValid(BODY, "not base64 ***")).isFalse();
    assertThat(verifier.isValid(BODY, SIGNATURE.substring(0, 20))).isFalse();
    assertThatThrownBy(() -> verifier.verify(tampered, SIGNATURE))
        .isInstanceOf(WebhookException.class)
        .hasMessage(
            "the webhook's X-Merge-Webhook-Signature does not match its body; it did not"
                + " come from Merge or was altered");
  }

  @Test
  void aVerifiedBodyIsReadAsAnEvent() {
    WebhookEvent event = verifier.verify(BODY, SIGNATURE);

    assertThat(event.event()).isEqualTo("LinkedAccount.sync_completed");
    assertThat(event.model()).isEqualTo("LinkedAccount");
    assertThat(event.action()).isEqualTo("sync_completed");
    assertThat(event.hookId()).contains("164f934e-5b1a-433e-9f7f-85c72b8cd155");
    assertThat(event.linkedAccountId()).contains("0496d4c2-42e6-4072-80b3-7b69bfdc76fd");
    assertThat(event.integrationSlug()).contains("salesforce");
    assertThat(event.endUserOriginId()).contains("lev-account-17");
    assertThat(event.dataJson())
        .isEqualTo("{\"sync_status\":{\"model_name\":\"Contact\",\"status\":\"DONE\"}}");
    assertThat(event.accountToken()).isEmpty();
  }

  @Test
  void aLinkedEventsAccountTokenIsReadButNeverPrinted() {
    byte[] body =
        ("{\"hook\":{\"id\":\"h2\",\"event\":\"LinkedAccount.linked\",\"target\":"
                + "\"https://levitate.example/hook\"},\"linked_account\":{\"id\":\"la-2\"},\"data\":"
                + "{\"account_token\":\"acct_tok_fresh_9Xy\",\"is_relink\":false}}")
            .getBytes(StandardCharsets.UTF_8);

    WebhookEvent event = verifier.verify(body, "xCgDYSoWPtMJEOr6YYPQN02cIthvEyqUBmOEEkQIsFw=");

    assertThat(event.accountToken()).contains("acct_tok_fresh_9Xy");
    assertThat(event.toString()).doesNotContain("acct_tok_fresh_9Xy");
    assertThat(verifier.toString()).doesNotContain(KEY);
  }

  @Test
  void aBodyThatIsNotAMergeEventIsRefusedWithItsReason() {
    assertThatThrownBy(() -> WebhookEvent.parse("not json".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(WebhookException.class)
        .hasMessage("the webhook body is not JSON");
    assertThatThrownBy(() -> WebhookEvent.parse("{\"data\": {}}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(WebhookException.class)
        .hasMessage("the webhook body is not a Merge event (no hook object)");
    assertThatThrownBy(() -> WebhookEvent.parse("{\"hook\": {}}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(WebhookException.class)
        .hasMessage("the webhook body names no event (hook.event)");
  }

  @Test
  void theKeyMustBeGiven() {
    assertThatThrownBy(() -> WebhookVerifier.create(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("signatureKey must not be blank");
  }
}
