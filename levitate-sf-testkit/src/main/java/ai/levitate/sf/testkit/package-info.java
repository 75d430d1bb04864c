/**
 * A fake Merge CRM server for tests ({@link ai.levitate.sf.testkit.FakeMergeServer}), a
 * deterministic generator of Salesforce-shaped data ({@link
 * ai.levitate.sf.testkit.SalesforceDataGenerator}), Merge-shaped fixtures ({@link
 * ai.levitate.sf.testkit.MergeFixture}) and a manual clock ({@link
 * ai.levitate.sf.testkit.ManualClock}).
 */
@ModelStyle
@NullMarked
package ai.levitate.sf.testkit;

import ai.levitate.sf.core.internal.ModelStyle;
import org.jspecify.annotations.NullMarked;
