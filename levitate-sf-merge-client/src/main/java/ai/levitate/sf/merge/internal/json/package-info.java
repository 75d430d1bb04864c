/**
 * The JSON formats of core's settings, field catalog and Levitate contacts: written in a fixed key
 * order, read strictly (an unknown key or a wrong type names the key). Not part of the public API.
 */
@NullMarked
package ai.levitate.sf.merge.internal.json;

import org.jspecify.annotations.NullMarked;
