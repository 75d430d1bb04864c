/**
 * Write-back: Levitate activity (notes, emails, phone calls, handwritten cards, text messages)
 * written to Salesforce as notes, once each, for the types an account enabled. Its SPI sits here
 * beside the types it speaks: the host's {@link ai.levitate.sf.core.writeback.ActivitySource} and
 * {@link ai.levitate.sf.core.writeback.WritebackLedger}, the {@link
 * ai.levitate.sf.core.writeback.ContactDirectory} of synced contacts, and the {@link
 * ai.levitate.sf.core.writeback.NoteWriter} the Merge client implements.
 */
@ModelStyle
@NullMarked
package ai.levitate.sf.core.writeback;

import ai.levitate.sf.core.internal.ModelStyle;
import org.jspecify.annotations.NullMarked;
