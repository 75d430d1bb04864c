package ai.levitate.sf.merge;

import ai.levitate.sf.merge.internal.convert.Records;
import ai.levitate.sf.merge.internal.wire.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One Merge webhook event: {@code {"hook": {"id", "event", "target"}, "linked_account": {...},
 * "data": {...}}}. {@link #event()} names it, e.g. {@code LinkedAccount.sync_completed}, {@code
 * Issue.new} or {@code CRMContact.changed}.
 *
 * <p>{@link #dataJson()} and {@link #accountToken()} are left out of {@code toString()}: a {@code
 * LinkedAccount.linked} event carries the new account token in its data.
 */
@Value.Immutable
public abstract class WebhookEvent {
  WebhookEvent() {}

  public abstract String event();

  public abstract Optional<String> hookId();

  public abstract Optional<String> target();

  /** Merge's id of the linked account the event is about. */
  public abstract Optional<String> linkedAccountId();

  /** E.g. {@code salesforce}. */
  public abstract Optional<String> integrationSlug();

  public abstract Optional<String> endUserOriginId();

  public abstract Optional<String> endUserOrganizationName();

  /** The {@code data} object as JSON text, {@code {}} when absent. */
  @Value.Redacted
  public abstract String dataJson();

  /** The account token a {@code LinkedAccount.linked} event carries. */
  @Value.Redacted
  public abstract Optional<String> accountToken();

  /**
   * The part of the event name before the dot, e.g. {@code CRMContact} or {@code LinkedAccount}.
   */
  public String model() {
    int dot = event().indexOf('.');
    return dot < 0 ? event() : event().substring(0, dot);
  }

  /** The part after the dot, e.g. {@code changed} or {@code sync_completed}. */
  public String action() {
    int dot = event().indexOf('.');
    return dot < 0 ? "" : event().substring(dot + 1);
  }

  /**
   * Reads an event from its raw body. Check the signature first with {@link WebhookVerifier}.
   *
   * @throws WebhookException when the body is not a Merge event
   */
  public static WebhookEvent parse(byte[] rawBody) {
    Objects.requireNonNull(rawBody, "rawBody == null");
    JsonNode root;
    try {
      root = Json.mapper().readTree(rawBody);
    } catch (IOException e) {
      throw new WebhookException("the webhook body is not JSON");
    }
    if (root == null || !root.isObject() || !root.path("hook").isObject()) {
      throw new WebhookException("the webhook body is not a Merge event (no hook object)");
    }
    Optional<String> event = Records.text(root.path("hook").get("event"));
    if (event.isEmpty()) {
      throw new WebhookException("the webhook body names no event (hook.event)");
    }
    JsonNode account = root.path("linked_account");
    JsonNode data = root.path("data");
    return ImmutableWebhookEvent.builder()
        .event(event.get())
        .hookId(Records.text(root.path("hook").get("id")))
        .target(Records.text(root.path("hook").get("target")))
        .linkedAccountId(Records.text(account.get("id")))
        .integrationSlug(Records.text(account.get("integration_slug")))
        .endUserOriginId(Records.text(account.get("end_user_origin_id")))
        .endUserOrganizationName(Records.text(account.get("end_user_organization_name")))
        .dataJson(data.isObject() || data.isArray() ? data.toString() : "{}")
        .accountToken(Records.text(data.get("account_token")))
        .build();
  }
}
