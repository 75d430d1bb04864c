/**
 * Immutable models: what Salesforce holds ({@link ai.levitate.sf.core.model.SourceContact}, {@link
 * ai.levitate.sf.core.model.FieldCatalog}) and what Levitate receives ({@link
 * ai.levitate.sf.core.model.LevitateContact}).
 */
@ModelStyle
@NullMarked
package ai.levitate.sf.core.model;

import ai.levitate.sf.core.internal.ModelStyle;
import org.jspecify.annotations.NullMarked;
