/**
 * levitate-sf keeps a Levitate account's contacts in step with a Salesforce org read through the
 * Merge unified CRM API, and writes Levitate activity back to Salesforce as notes.
 *
 * <p>This module holds what does not depend on HTTP or JSON: the models ({@code model}), the
 * admin's settings ({@code settings}), the pure contact transform ({@code transform}), the engines,
 * and the SPI the host implements ({@code spi}).
 */
@NullMarked
package ai.levitate.sf.core;

import org.jspecify.annotations.NullMarked;
