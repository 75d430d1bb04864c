/**
 * What the sync engine is plugged into: the contact source (implemented by
 * levitate-sf-merge-client), the state, sink and listener the host implements, and the types they
 * speak. The lock and its lease serve write-back too.
 */
@ModelStyle
@NullMarked
package ai.levitate.sf.core.spi;

import ai.levitate.sf.core.internal.ModelStyle;
import org.jspecify.annotations.NullMarked;
