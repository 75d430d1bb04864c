/**
 * The sync engine: reads an account's Salesforce contacts through a {@link
 * ai.levitate.sf.core.spi.ContactSource}, transforms them, and emits to the host only what changed,
 * page by page, with a checkpoint in the same commit. See {@link
 * ai.levitate.sf.core.sync.SyncEngine}.
 */
@ModelStyle
@NullMarked
package ai.levitate.sf.core.sync;

import ai.levitate.sf.core.internal.ModelStyle;
import org.jspecify.annotations.NullMarked;
