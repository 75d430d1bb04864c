/** Implementation details of levitate-sf-core; not part of the public API and may change at any time. */
@NullMarked
package ai.levitate.sf.core.internal;

import org.jspecify.annotations.NullMarked;
