package ai.levitate.sf.merge;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Checks that a webhook came from Merge: {@code X-Merge-Webhook-Signature} must be the base64url
 * HMAC-SHA256 of the raw body under the organization's webhook signature key. The comparison takes
 * the same time wherever the signatures differ, and a signature with or without {@code =} padding
 * is accepted.
 *
 * <pre>{@code
 * WebhookVerifier verifier = WebhookVerifier.create(System.getenv("MERGE_WEBHOOK_KEY"));
 * WebhookEvent event = verifier.verify(rawBody, request.getHeader(WebhookVerifier.SIGNATURE_HEADER));
 * }</pre>
 *
 * <p>Verify the bytes exactly as received, before any JSON parsing. Merge may deliver an event more
 * than once; the signature is a good key to spot repeats. Thread-safe.
 */
public final class WebhookVerifier {
  public static final String SIGNATURE_HEADER = "X-Merge-Webhook-Signature";
  private static final String ALGORITHM = "HmacSHA256";

  private final SecretKeySpec key;

  private WebhookVerifier(SecretKeySpec key) {
    this.key = key;
  }

  /** A verifier for the webhook signature key shown in Merge's dashboard. */
  public static WebhookVerifier create(String signatureKey) {
    Objects.requireNonNull(signatureKey, "signatureKey == null");
    if (signatureKey.isBlank()) {
      throw new IllegalArgumentException("signatureKey must not be blank");
    }
    return new WebhookVerifier(
        new SecretKeySpec(signatureKey.getBytes(StandardCharsets.UTF_8), ALGORITHM));
  }

  /** Whether {@code signature} is Merge's signature of {@code rawBody}; false for a missing one. */
  public boolean isValid(byte[] rawBody, @Nullable String signature) {
    Objects.requireNonNull(rawBody, "rawBody == null");
    if (signature == null) {
      return false;
    }
    String trimmed = signature.strip();
    while (trimmed.endsWith("=")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    byte[] given;
    try {
      given = Base64.getUrlDecoder().decode(trimmed);
    } catch (IllegalArgumentException notBase64Url) {
      return false;
    }
    return MessageDigest.isEqual(hmac(rawBody), given);
  }

  /**
   * The event, once its signature is checked.
   *
   * @throws WebhookException when the signature does not match or the body is not a Merge event
   */
  public WebhookEvent verify(byte[] rawBody, String signature) {
    if (!isValid(rawBody, signature)) {
      throw new WebhookException(
          "the webhook's "
              + SIGNATURE_HEADER
              + " does not match its body; it did not come from Merge or was altered");
    }
    return WebhookEvent.parse(rawBody);
  }

  /** The signature Merge would send for {@code rawBody}, base64url without padding. */
  public String sign(byte[] rawBody) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(rawBody));
  }

  private byte[] hmac(byte[] body) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  @Override
  public String toString() {
    return "WebhookVerifier{key=****}";
  }
}
