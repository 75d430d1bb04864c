/**
 * Implementation details of levitate-sf-testkit; not part of the public API and may change at any
 * time.
 */
@NullMarked
package ai.levitate.sf.testkit.internal;

import org.jspecify.annotations.NullMarked;
