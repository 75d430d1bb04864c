/**
 * Adapters from Merge's wire records to core's models: contacts to {@code SourceContact}, remote
 * field classes (and a Salesforce describe) to {@code FieldCatalog}, and the smaller records. Not
 * part of the public API.
 */
@NullMarked
package ai.levitate.sf.merge.internal.convert;

import org.jspecify.annotations.NullMarked;
