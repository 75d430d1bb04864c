/**
 * levitate-sf keeps a Levitate account's contacts in step with a Salesforce org read through the
 * Merge unified CRM API, and writes Levitate activity back to Salesforce as notes.
 *
 * <p>This module holds what does not depend on HTTP or JSON: the models ({@code model}), the
 * admin's settings ({@code settings}), the pure contact transform ({@code transform}), the sync's
 * SPI ({@code spi}), the sync engine ({@code sync}), and write-back with its own SPI ({@code
 * writeback}). Each package uses only those before it in that order.
 */
@NullMarked
package ai.levitate.sf.core;

import org.jspecify.annotations.NullMarked;
