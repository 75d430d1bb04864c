/**
 * What a Levitate admin chooses for an account: which Salesforce fields feed the nickname, key
 * facts, tags, opt-out and deceased handling, how owners map, which activity is written back, and
 * the mass-archive brake. {@link ai.levitate.sf.core.settings.SyncSettings#validate} checks them
 * against a field catalog.
 */
@ModelStyle
@NullMarked
package ai.levitate.sf.core.settings;

import ai.levitate.sf.core.internal.ModelStyle;
import org.jspecify.annotations.NullMarked;
