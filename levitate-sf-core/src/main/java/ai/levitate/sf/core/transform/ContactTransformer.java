package ai.levitate.sf.core.transform;

import ai.levitate.sf.core.internal.SalesforceIds;
import ai.levitate.sf.core.internal.Texts;
import ai.levitate.sf.core.model.ContactProblem;
import ai.levitate.sf.core.model.ContactStatus;
import ai.levitate.sf.core.model.FieldCatalog;
import ai.levitate.sf.core.model.FieldDescriptor;
import ai.levitate.sf.core.model.FieldProblem;
import ai.levitate.sf.core.model.FieldType;
import ai.levitate.sf.core.model.FieldValue;
import ai.levitate.sf.core.model.KeyFact;
import ai.levitate.sf.core.model.LevitateContact;
import ai.levitate.sf.core.model.MailingAddress;
import ai.levitate.sf.core.model.Owner;
import ai.levitate.sf.core.model.Provenance;
import ai.levitate.sf.core.model.SourceAccount;
import ai.levitate.sf.core.model.SourceContact;
import ai.levitate.sf.core.model.SourceUser;
import ai.levitate.sf.core.model.StatusReason;
import ai.levitate.sf.core.model.Tag;
import ai.levitate.sf.core.settings.DeceasedAction;
import ai.levitate.sf.core.settings.KeyFactSetting;
import ai.levitate.sf.core.settings.SyncSettings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Turns a Salesforce contact into a Levitate contact, following the transform rules of the design:
 * names and nickname, mailing address, phones, emails, job, key facts, tags, opt-out, deceased and
 * owner. A pure function: it reads no clock, network or global state, and equal inputs give equal
 * outputs.
 *
 * <pre>{@code
 * ContactTransformer transformer = ContactTransformer.create(catalog, settings);
 * TransformResult result = transformer.transform(sourceContact);
 * }</pre>
 *
 * <p>Create one per run: the settings are checked against the catalog once, here.
 */
public final class ContactTransformer {
  private static final List<String> STANDARD_PHONES =
      List.of("Phone", "MobilePhone", "HomePhone", "OtherPhone", "AssistantPhone", "Fax");
  private static final List<String> STANDARD_EMAILS = List.of("Email");
  private static final String TITLE = "Title";
  private static final String OWNER_ID = "OwnerId";
  private static final String COUNTRY_CODE = "MailingCountryCode";
  private static final String FIRST_NAME = "FirstName";
  private static final String LAST_NAME = "LastName";
  static final String DECEASED_ROLE = "the deceased indicator";
  static final String OPT_OUT_ROLE = "the email opt-out indicator";
  private static final String IS_PERSON_ACCOUNT = "IsPersonAccount";
  private static final String HOUSEHOLD_TAG = "Household: ";

  /** How provenance names the account field a household tag comes from. */
  private static final String ACCOUNT_TYPE = "Account." + SourceAccount.TYPE_FIELD;

  private final FieldCatalog catalog;
  private final SyncSettings settings;
  private final Optional<FieldDescriptor> nickname;
  private final Optional<FieldDescriptor> deceased;
  private final Optional<FieldDescriptor> optOut;

  /** Read whatever the settings say; the catalog may lack it. */
  private final Optional<FieldDescriptor> title;

  private final Optional<FieldDescriptor> countryCode;
  private final OptionalInt firstNameMax;
  private final OptionalInt lastNameMax;

  private final List<FieldDescriptor> keyFactFields = new ArrayList<>();
  private final List<String> keyFactLabels = new ArrayList<>();
  private final List<FieldDescriptor> tagFields = new ArrayList<>();
  private final Map<String, Choices> tagChoices = new HashMap<>();
  private final List<FieldDescriptor> phoneFields;
  private final List<FieldDescriptor> emailFields;
  private final Map<String, String> owners = new HashMap<>();
  private final AddressRule addressRule = new AddressRule();

  private ContactTransformer(FieldCatalog catalog, SyncSettings settings) {
    this.catalog = catalog;
    this.settings = settings;
    this.nickname = settings.nicknameField().flatMap(catalog::field);
    this.deceased = settings.deceased().flatMap(d -> catalog.field(d.field()));
    this.optOut = settings.optOutField().flatMap(catalog::field);
    this.title = catalog.field(TITLE);
    this.countryCode = catalog.field(COUNTRY_CODE);
    this.firstNameMax = FieldLengths.of(FIRST_NAME, catalog.field(FIRST_NAME).orElse(null));
    this.lastNameMax = FieldLengths.of(LAST_NAME, catalog.field(LAST_NAME).orElse(null));
    for (KeyFactSetting keyFact : settings.effectiveKeyFacts()) {
      // Only the default Birthdate may be missing from the catalog; validation warned about it.
      catalog
          .field(keyFact.field())
          .ifPresent(
              field -> {
                keyFactFields.add(field);
                keyFactLabels.add(keyFact.label().orElse(field.label()));
              });
    }
    for (String tagField : settings.tagFields()) {
      FieldDescriptor field = catalog.field(tagField).orElseThrow();
      tagFields.add(field);
      tagChoices.put(field.apiName(), new Choices(field));
    }
    this.phoneFields = fieldsOfType(FieldType.PHONE, STANDARD_PHONES);
    this.emailFields = fieldsOfType(FieldType.EMAIL, STANDARD_EMAILS);
    settings.owners().forEach((sf, lev) -> owners.put(SalesforceIds.shortForm(sf), lev));
  }

  /**
   * A transformer for one account's catalog and settings.
   *
   * @throws ai.levitate.sf.core.settings.InvalidSettingsException when the settings name fields the
   *     catalog lacks or fields of the wrong type
   */
  public static ContactTransformer create(FieldCatalog catalog, SyncSettings settings) {
    Objects.requireNonNull(catalog, "catalog == null");
    Objects.requireNonNull(settings, "settings == null");
    settings.requireValid(catalog);
    return new ContactTransformer(catalog, settings);
  }

  public FieldCatalog catalog() {
    return catalog;
  }

  public SyncSettings settings() {
    return settings;
  }

  /**
   * The Levitate contact for {@code source} with the values it was built without, or the reason it
   * cannot be synced.
   */
  public TransformResult transform(SourceContact source) {
    Objects.requireNonNull(source, "source == null");
    Optional<String> salesforceId = Texts.trimmed(source.remoteId());
    if (salesforceId.isEmpty()) {
      return reject(
          source,
          ContactProblem.Kind.MISSING_SALESFORCE_ID,
          null,
          "Merge contact " + source.mergeId() + " has no Salesforce id.");
    }
    if (source.shell()) {
      return reject(
          source,
          ContactProblem.Kind.SHELL_RECORD,
          null,
          "Merge sent contact "
              + salesforceId.get()
              + " as a shell record without data;"
              + " what Levitate holds is kept.");
    }
    FieldReader reader = new FieldReader(source, salesforceId.get());
    Map<TransformResult.Indicator, FieldProblem> unreadable =
        new EnumMap<>(TransformResult.Indicator.class);
    // Indicators first: their problems say what an unreadable indicator means for the contact.
    Optional<String> deceasedValue = deceased.flatMap(f -> reader.indicator(f, DECEASED_ROLE));
    deceased
        .flatMap(f -> unreadable(reader, f))
        .ifPresent(p -> unreadable.put(TransformResult.Indicator.DECEASED, p));
    Optional<String> optOutValue = optOut.flatMap(f -> reader.indicator(f, OPT_OUT_ROLE));
    optOut
        .flatMap(f -> unreadable(reader, f))
        .ifPresent(p -> unreadable.put(TransformResult.Indicator.OPT_OUT, p));
    LevitateContact contact = build(source, salesforceId.get(), reader, deceasedValue, optOutValue);
    return new TransformResult.Transformed(contact, reader.problems(), unreadable);
  }

  private static Optional<FieldProblem> unreadable(FieldReader reader, FieldDescriptor field) {
    return reader.unreadable(field.apiName()) ? reader.problem(field.apiName()) : Optional.empty();
  }

  private LevitateContact build(
      SourceContact source,
      String salesforceId,
      FieldReader reader,
      Optional<String> deceasedValue,
      Optional<String> optOutValue) {
    LevitateContact.Builder out =
        LevitateContact.builder().salesforceId(salesforceId).mergeId(source.mergeId());

    Optional<MailingAddress> address = addressRule.address(source, reader);
    Optional<String> firstName =
        name(reader, FIRST_NAME, firstNameMax, source.firstName(), "the first name");
    Optional<String> nick =
        nickname.flatMap(f -> reader.text(f, "the nickname")).flatMap(ContactTransformer::cleaned);
    out.firstName(firstName)
        .lastName(name(reader, LAST_NAME, lastNameMax, source.lastName(), "the last name"))
        .nickname(nick)
        .greetingName(nick.or(() -> firstName))
        .jobTitle(
            reader
                .text(TITLE, title.orElse(null), "the job title")
                .flatMap(ContactTransformer::cleaned))
        .companyName(
            company(source)
                .map(
                    n ->
                        reader.within(
                            "Account.Name",
                            n,
                            OptionalInt.of(FieldLengths.ONE_LINE),
                            "the company name"))
                .flatMap(ContactTransformer::cleaned))
        .address(address)
        .phones(ContactPoints.phones(source, reader, phoneFields, phoneRegion(reader, address)))
        .emails(ContactPoints.emails(source, reader, emailFields))
        .keyFacts(keyFacts(reader))
        .tags(tags(source, reader, optOutValue))
        .owner(owner(source.owner(), reader));
    status(source, deceasedValue, out);
    return out.build();
  }

  /**
   * Where the contact's national phone numbers are dialled: the country of its mailing address
   * ({@code MailingCountryCode} first, where the org has country picklists), else the settings'
   * default region.
   */
  private String phoneRegion(FieldReader reader, Optional<MailingAddress> address) {
    return reader
        .text(COUNTRY_CODE, countryCode.orElse(null), "the mailing country")
        .flatMap(CountryRegions::of)
        .or(() -> address.flatMap(MailingAddress::country).flatMap(CountryRegions::of))
        .orElse(settings.defaultPhoneRegion());
  }

  /** A name from Merge's common model, within its field's length ({@code max}), cleaned. */
  private static Optional<String> name(
      FieldReader reader, String apiName, OptionalInt max, Optional<String> value, String role) {
    return Texts.trimmed(value)
        .map(v -> reader.within(apiName, v, max, role))
        .flatMap(ContactTransformer::cleaned);
  }

  /** {@link Texts#clean}, empty when nothing is left. */
  private static Optional<String> cleaned(String value) {
    String cleaned = Texts.clean(value);
    return cleaned.isEmpty() ? Optional.empty() : Optional.of(cleaned);
  }

  private List<KeyFact> keyFacts(FieldReader reader) {
    List<KeyFact> facts = new ArrayList<>();
    for (int i = 0; i < keyFactFields.size(); i++) {
      FieldDescriptor field = keyFactFields.get(i);
      Optional<LocalDate> date = reader.date(field, "a key fact");
      if (date.isPresent()) {
        KeyFact fact =
            KeyFact.of(
                keyFactLabels.get(i),
                date.get(),
                Provenance.salesforceField(field.apiName(), date.get().toString()));
        if (!facts.contains(fact)) {
          facts.add(fact);
        }
      }
    }
    return facts;
  }

  /**
   * The account's name, unless the contact is the one behind a person account (its own {@code
   * IsPersonAccount} is true: the account's name is the client's own), or the account is a
   * household or deleted in Salesforce.
   */
  private Optional<String> company(SourceContact source) {
    if (personAccount(source) || household(source).isPresent()) {
      return Optional.empty();
    }
    return source
        .account()
        .filter(a -> !a.remoteWasDeleted())
        .flatMap(a -> Texts.trimmed(a.name()));
  }

  /** Whether the contact's own {@code IsPersonAccount} is true; anything else counts as false. */
  private static boolean personAccount(SourceContact source) {
    FieldValue value = source.fields().get(IS_PERSON_ACCOUNT);
    return value instanceof FieldValue.Bool b
        ? b.value()
        : value instanceof FieldValue.Text t && t.value().strip().equalsIgnoreCase("true");
  }

  /**
   * The contact's account when it is a household (its Type is a household type) still in
   * Salesforce.
   */
  private Optional<SourceAccount> household(SourceContact source) {
    return source
        .account()
        .filter(a -> !a.remoteWasDeleted() && a.typeIn(settings.householdAccountTypes()));
  }

  private List<Tag> tags(SourceContact source, FieldReader reader, Optional<String> optOutValue) {
    TagSet tags = new TagSet(reader);
    tags.add(LevitateContact.SALESFORCE_TAG, Provenance.constant());
    for (FieldDescriptor field : tagFields) {
      String role = "a tag field";
      switch (field.type()) {
        case CHECKBOX:
          if (reader.checkbox(field, role).orElse(false)) {
            tags.add(
                TagText.clean(field.label()), Provenance.salesforceField(field.apiName(), "true"));
          }
          break;
        case MULTIPICKLIST:
          several(tags, reader, field, reader.multi(field, role), role);
          break;
        default:
          Choices choices = choices(field);
          Optional<List<String>> values = choices.several(reader.raw(field.apiName()));
          if (values.isPresent()) {
            several(tags, reader, field, values.get(), role);
            break;
          }
          Optional<String> value = reader.text(field, role);
          if (value.isPresent()) {
            labelled(
                tags,
                field,
                choices.label(value.get()),
                Provenance.salesforceField(field.apiName(), value.get()));
          }
      }
    }
    if (settings.householdTag() && !personAccount(source)) {
      household(source)
          .ifPresent(
              account ->
                  Texts.trimmed(account.name())
                      .ifPresent(
                          name ->
                              tags.add(
                                  HOUSEHOLD_TAG + TagText.clean(name),
                                  Provenance.salesforceField(
                                      ACCOUNT_TYPE, account.type().orElseThrow()))));
    }
    optOutValue.ifPresent(
        value ->
            tags.add(
                LevitateContact.UNSUBSCRIBE_TAG,
                Provenance.salesforceField(optOut.get().apiName(), value)));
    return tags.list();
  }

  /** One tag per selected value, each value within a picklist value's length. */
  private void several(
      TagSet tags, FieldReader reader, FieldDescriptor field, List<String> values, String role) {
    Choices choices = choices(field);
    Provenance from = Provenance.salesforceField(field.apiName(), String.join(";", values));
    for (String value : values) {
      String within =
          reader.within(
              field.apiName(), value.strip(), OptionalInt.of(FieldLengths.ONE_LINE), role);
      labelled(tags, field, choices.label(within), from);
    }
  }

  private Choices choices(FieldDescriptor field) {
    return tagChoices.get(field.apiName());
  }

  private static void labelled(TagSet tags, FieldDescriptor field, String value, Provenance from) {
    String cleaned = TagText.clean(value);
    if (!cleaned.isEmpty()) {
      tags.add(TagText.clean(field.label()) + ": " + cleaned, from);
    }
  }

  /**
   * The owner Merge names; when Merge sends none (or a user without its Salesforce id), the
   * contact's {@code OwnerId} field: every Salesforce contact has an owner, so a missing one is
   * unknown to Merge, not cleared, and the id alone still maps to the advisor's Levitate user.
   */
  private Owner owner(Optional<SourceUser> user, FieldReader reader) {
    Optional<String> userId =
        Texts.trimmed(user.flatMap(SourceUser::remoteId))
            .or(() -> reader.text(OWNER_ID, null, "the owner's user id"));
    Optional<String> levitate =
        userId.map(id -> owners.get(SalesforceIds.shortForm(id))).or(settings::defaultOwner);
    return Owner.builder()
        .salesforceUserId(userId)
        .salesforceUserName(user.flatMap(u -> Texts.trimmed(u.name())))
        .levitateUserId(levitate)
        .build();
  }

  private void status(
      SourceContact source, Optional<String> deceasedValue, LevitateContact.Builder out) {
    if (deceased.isPresent()) {
      Optional<String> value = deceasedValue;
      if (value.isPresent()) {
        DeceasedAction action = settings.deceased().orElseThrow().action();
        out.status(action == DeceasedAction.REMOVE ? ContactStatus.REMOVED : ContactStatus.ARCHIVED)
            .statusReason(StatusReason.DECEASED)
            .statusSource(Provenance.salesforceField(deceased.get().apiName(), value.get()));
        return;
      }
    }
    if (source.remoteWasDeleted()) {
      out.status(ContactStatus.ARCHIVED)
          .statusReason(StatusReason.DELETED_IN_SALESFORCE)
          .statusSource(Provenance.mergeModel("remote_was_deleted", "true"));
    }
  }

  private List<FieldDescriptor> fieldsOfType(FieldType type, List<String> standardOrder) {
    List<FieldDescriptor> fields = new ArrayList<>();
    for (String name : standardOrder) {
      catalog.field(name).filter(f -> f.type() == type).ifPresent(fields::add);
    }
    for (FieldDescriptor field : catalog.fields()) {
      if (field.type() == type && !fields.contains(field)) {
        fields.add(field);
      }
    }
    return List.copyOf(fields);
  }

  private static TransformResult reject(
      SourceContact source, ContactProblem.Kind kind, String field, String message) {
    return new TransformResult.Rejected(
        ContactProblem.builder()
            .kind(kind)
            .mergeId(source.mergeId())
            .salesforceId(Texts.trimmed(source.remoteId()))
            .field(Optional.ofNullable(field))
            .message(message)
            .build());
  }
}
