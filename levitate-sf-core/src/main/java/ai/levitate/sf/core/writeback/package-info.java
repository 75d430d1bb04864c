/**
 * Write-back: Levitate activity (notes, emails, phone calls, handwritten cards, text messages)
 * written to Salesforce as notes, once each, for the types an account enabled.
 */
@ModelStyle
@NullMarked
package ai.levitate.sf.core.writeback;

import ai.levitate.sf.core.internal.ModelStyle;
import org.jspecify.annotations.NullMarked;
