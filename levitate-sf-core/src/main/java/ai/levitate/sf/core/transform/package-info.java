/**
 * The contact transform: a pure function from a Salesforce contact, the field catalog and the
 * settings to a Levitate contact. See {@link ai.levitate.sf.core.transform.ContactTransformer}.
 */
@NullMarked
package ai.levitate.sf.core.transform;

import org.jspecify.annotations.NullMarked;
