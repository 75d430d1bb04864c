/**
 * What the host and the Merge client plug into the engines: the contact source (implemented by
 * levitate-sf-merge-client), and the state, sink, lock and listener the host implements.
 */
@ModelStyle
@NullMarked
package ai.levitate.sf.core.spi;

import ai.levitate.sf.core.internal.ModelStyle;
import org.jspecify.annotations.NullMarked;
