package ai.levitate.sf.merge;

import ai.levitate.sf.merge.internal.MergeApi;
import ai.levitate.sf.merge.internal.convert.CatalogBuilder;
import ai.levitate.sf.merge.internal.convert.FieldModel;
import ai.levitate.sf.merge.internal.convert.Records;
import ai.levitate.sf.merge.internal.http.Answered;
import ai.levitate.sf.merge.internal.http.Failures;
import ai.levitate.sf.merge.internal.wire.PassthroughBody;
import ai.levitate.sf.merge.internal.wire.PassthroughDto;
import ai.levitate.sf.merge.internal.wire.RawPage;
import ai.levitate.sf.merge.internal.wire.RemoteFieldClassDto;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads an account's field model: Merge's remote field classes for Contact, refined by a Salesforce
 * describe of Contact through Merge's passthrough when asked.
 */
final class FieldModels {
  private static final String CLASSES = "GET contacts/remote-field-classes";
  private static final String ACCOUNT_CLASSES = "GET accounts/remote-field-classes";

  private final MergeApi api;
  private final Failures failures;
  private final Supplier<String> idempotencyKeys;
  private final boolean salesforceDescribe;
  private final String salesforceApiVersion;

  FieldModels(
      MergeApi api,
      Failures failures,
      Supplier<String> idempotencyKeys,
      boolean salesforceDescribe,
      String salesforceApiVersion) {
    this.api = api;
    this.failures = failures;
    this.idempotencyKeys = idempotencyKeys;
    this.salesforceDescribe = salesforceDescribe;
    this.salesforceApiVersion = salesforceApiVersion;
  }

  /**
   * The remote field classes of Account, which name the fields of an account whose remote fields
   * Merge sends by class id: no describe, since only {@code Type} is read from them.
   */
  static FieldModel accountClasses(MergeApi api) {
    CatalogBuilder catalog = new CatalogBuilder();
    classes(
        ACCOUNT_CLASSES,
        cursor -> api.accountRemoteFieldClasses(MergeApi.MAX_PAGE_SIZE, cursor),
        catalog);
    return catalog.build();
  }

  /** A field model read, and how many remote field classes Merge listed for it. */
  record Read(FieldModel model, int classes) {}

  FieldModel load() {
    return read().model();
  }

  Read read() {
    CatalogBuilder catalog = new CatalogBuilder();
    int classes =
        classes(
            CLASSES,
            cursor -> api.contactRemoteFieldClasses(MergeApi.MAX_PAGE_SIZE, cursor),
            catalog);
    if (salesforceDescribe) {
      catalog.refine(describe());
    }
    return new Read(catalog.build(), classes);
  }

  /**
   * Adds every field class {@code request} lists, page by page, to {@code catalog}; counts them.
   */
  private static int classes(
      String request, Function<Optional<String>, RawPage> pages, CatalogBuilder catalog) {
    int[] count = {0};
    new MergePages<>(
            request,
            Optional.empty(),
            cursor ->
                Records.page(
                    pages.apply(cursor), node -> Records.as(node, RemoteFieldClassDto.class)))
        .items()
        .forEach(
            remoteClass -> {
              catalog.addClass(notShell(request, remoteClass));
              count[0]++;
            });
    return count[0];
  }

  /**
   * A field class with neither name nor type is a shell record, which Merge lists only when asked
   * (of Account as of Contact: a missing {@code Type} class would make every household a company).
   * Leaving its field out would change the catalog, and with it every contact's output and the
   * settings' fingerprint (a full pass on the next run); failing the catalog lets the run stop
   * before it reads anything and a rerun read the classes again.
   */
  private static RemoteFieldClassDto notShell(String request, RemoteFieldClassDto remoteClass) {
    if (Records.present(remoteClass.remoteKeyName()).isEmpty()
        && Records.present(remoteClass.displayName()).isEmpty()
        && Records.present(remoteClass.fieldType()).isEmpty()) {
      throw new MergeInvalidResponseException(
          request
              + ": field class "
              + Records.present(remoteClass.id()).orElse("without id")
              + " came as a shell record,"
              + " without its name or type; the field catalog would miss a field, so it was not used",
          MergeExchange.builder().request(request).build(),
          null);
    }
    return remoteClass;
  }

  /**
   * Salesforce's describe of Contact through Merge's passthrough. A failure stops the read: a
   * catalog that sometimes has Salesforce's types and picklist labels and sometimes not would
   * change tags on every contact and force full passes back and forth.
   *
   * @throws MergeException when the describe cannot be had; the run stops with its checkpoint
   */
  private JsonNode describe() {
    String path = "/services/data/" + salesforceApiVersion + "/sobjects/Contact/describe";
    String advice =
        "; field types would fall back to Merge's classes and tags could change, so"
            + " the read stops (turn salesforceDescribe off to rely on Merge's classes alone)";
    Answered<PassthroughDto> answered;
    try {
      answered = api.passthrough(idempotencyKeys.get(), new PassthroughBody("GET", path, "JSON"));
    } catch (MergeException e) {
      throw new MergeException(
          "Salesforce describe of Contact through Merge failed: " + e.getMessage() + advice,
          e.exchange(),
          e);
    }
    PassthroughDto result = answered.value();
    int status = result.status() == null ? 0 : result.status();
    if (status < 200
        || status >= 300
        || result.response() == null
        || !result.response().path("fields").isArray()) {
      throw failures.invalid(
          answered.answer(),
          "Salesforce describe of Contact answered "
              + (status == 0 ? "without a status" : "HTTP " + status)
              + advice);
    }
    return result.response();
  }
}
