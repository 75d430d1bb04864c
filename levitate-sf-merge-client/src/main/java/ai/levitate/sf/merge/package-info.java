/**
 * The Merge CRM API for levitate-sf: {@link ai.levitate.sf.merge.MergeCrmClient} talks to Merge for
 * one linked account, {@link ai.levitate.sf.merge.MergeContactSource} feeds the sync engine, {@link
 * ai.levitate.sf.merge.LevitateJson} stores settings and contacts as JSON, and {@link
 * ai.levitate.sf.merge.WebhookVerifier} checks Merge's webhooks.
 *
 * <pre>{@code
 * MergeCrmClient client = MergeCrmClient.builder()
 *     .apiKey(System.getenv("MERGE_API_KEY"))
 *     .accountToken(accountToken)
 *     .region(MergeRegion.US)
 *     .rateLimit(RateLimit.PROFESSIONAL)
 *     .build();
 * ContactSource source = MergeContactSource.create(client);
 * }</pre>
 */
@ModelStyle
@NullMarked
package ai.levitate.sf.merge;

import ai.levitate.sf.core.internal.ModelStyle;
import org.jspecify.annotations.NullMarked;
