package ai.levitate.sf.core.transform;

import ai.levitate.sf.core.internal.SalesforceIds;
import ai.levitate.sf.core.internal.Texts;
import ai.levitate.sf.core.model.ContactProblem;
import ai.levitate.sf.core.model.ContactStatus;
import ai.levitate.sf.core.model.FieldCatalog;
import ai.levitate.sf.core.model.FieldDescriptor;
import ai.levitate.sf.core.model.FieldProblem;
import ai.levitate.sf.core.model.FieldType;
import ai.levitate.sf.core.model.KeyFact;
import ai.levitate.sf.core.model.ImmutableLevitateContact;
import ai.levitate.sf.core.model.LevitateContact;
import ai.levitate.sf.core.model.Owner;
import ai.levitate.sf.core.model.Provenance;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
  static final String DECEASED_ROLE = "the deceased indicator";
  static final String OPT_OUT_ROLE = "the email opt-out indicator";

  private final FieldCatalog catalog;
  private final SyncSettings settings;
  private final Optional<FieldDescriptor> nickname;
  private final Optional<FieldDescriptor> deceased;
  private final Optional<FieldDescriptor> optOut;
  /** Read whatever the settings say; the catalog may lack it. */
  private final Optional<FieldDescriptor> title;
  private final List<FieldDescriptor> keyFactFields = new ArrayList<>();
  private final List<String> keyFactLabels = new ArrayList<>();
  private final List<FieldDescriptor> tagFields = new ArrayList<>();
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
    for (KeyFactSetting keyFact : settings.effectiveKeyFacts()) {
      // Only the default Birthdate may be missing from the catalog; validation warned about it.
      catalog.field(keyFact.field()).ifPresent(field -> {
        keyFactFields.add(field);
        keyFactLabels.add(keyFact.label().orElse(field.label()));
      });
    }
    for (String tagField : settings.tagFields()) {
      tagFields.add(catalog.field(tagField).orElseThrow());
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
      return reject(source, ContactProblem.Kind.MISSING_SALESFORCE_ID, null,
          "Merge contact " + source.mergeId() + " has no Salesforce id.");
    }
    if (source.shell()) {
      return reject(source, ContactProblem.Kind.SHELL_RECORD, null,
          "Merge sent contact " + salesforceId.get() + " as a shell record without data;"
              + " what Levitate holds is kept.");
    }
    FieldReader reader = new FieldReader(source, salesforceId.get());
    Map<TransformResult.Indicator, FieldProblem> unreadable =
        new EnumMap<>(TransformResult.Indicator.class);
    // Indicators first: their problems say what an unreadable indicator means for the contact.
    Optional<String> deceasedValue = deceased.flatMap(f -> reader.indicator(f, DECEASED_ROLE));
    deceased.flatMap(f -> unreadable(reader, f))
        .ifPresent(p -> unreadable.put(TransformResult.Indicator.DECEASED, p));
    Optional<String> optOutValue = optOut.flatMap(f -> reader.indicator(f, OPT_OUT_ROLE));
    optOut.flatMap(f -> unreadable(reader, f))
        .ifPresent(p -> unreadable.put(TransformResult.Indicator.OPT_OUT, p));
    LevitateContact contact = build(source, salesforceId.get(), reader, deceasedValue, optOutValue);
    return new TransformResult.Transformed(contact, reader.problems(), unreadable);
  }

  private static Optional<FieldProblem> unreadable(FieldReader reader, FieldDescriptor field) {
    return reader.unreadable(field.apiName()) ? reader.problem(field.apiName()) : Optional.empty();
  }

  private LevitateContact build(SourceContact source, String salesforceId, FieldReader reader,
      Optional<String> deceasedValue, Optional<String> optOutValue) {
    ImmutableLevitateContact.Builder out = LevitateContact.builder()
        .salesforceId(salesforceId)
        .mergeId(source.mergeId());

    Optional<String> firstName = Texts.trimmed(source.firstName());
    Optional<String> nick = nickname.flatMap(f -> reader.text(f, "the nickname"));
    out.firstName(firstName)
        .lastName(Texts.trimmed(source.lastName()))
        .nickname(nick)
        .greetingName(nick.or(() -> firstName))
        .jobTitle(reader.text(TITLE, title.orElse(null), "the job title"))
        .companyName(source.account().flatMap(a -> Texts.trimmed(a.name())))
        .address(addressRule.address(source, reader))
        .phones(ContactPoints.phones(source, reader, phoneFields))
        .emails(ContactPoints.emails(source, reader, emailFields))
        .keyFacts(keyFacts(reader))
        .tags(tags(reader, optOutValue))
        .owner(owner(source.owner()));
    status(source, deceasedValue, out);
    return out.build();
  }

  private List<KeyFact> keyFacts(FieldReader reader) {
    List<KeyFact> facts = new ArrayList<>();
    for (int i = 0; i < keyFactFields.size(); i++) {
      FieldDescriptor field = keyFactFields.get(i);
      Optional<LocalDate> date = reader.date(field, "a key fact");
      if (date.isPresent()) {
        KeyFact fact = KeyFact.of(keyFactLabels.get(i), date.get(),
            Provenance.salesforceField(field.apiName(), date.get().toString()));
        if (!facts.contains(fact)) {
          facts.add(fact);
        }
      }
    }
    return facts;
  }

  private List<Tag> tags(FieldReader reader, Optional<String> optOutValue) {
    Map<String, Tag> tags = new LinkedHashMap<>();
    add(tags, LevitateContact.SALESFORCE_TAG, Provenance.constant());
    for (FieldDescriptor field : tagFields) {
      String role = "a tag field";
      switch (field.type()) {
        case CHECKBOX:
          if (reader.checkbox(field, role).orElse(false)) {
            add(tags, TagText.clean(field.label()), Provenance.salesforceField(field.apiName(), "true"));
          }
          break;
        case MULTIPICKLIST:
          List<String> values = reader.multi(field, role);
          Provenance from = Provenance.salesforceField(field.apiName(), String.join(";", values));
          for (String value : values) {
            labelled(tags, field, field.choiceLabel(value.strip()), from);
          }
          break;
        default:
          Optional<String> value = reader.text(field, role);
          if (value.isPresent()) {
            labelled(tags, field, field.choiceLabel(value.get()),
                Provenance.salesforceField(field.apiName(), value.get()));
          }
      }
    }
    optOutValue.ifPresent(value -> add(tags, LevitateContact.UNSUBSCRIBE_TAG,
        Provenance.salesforceField(optOut.get().apiName(), value)));
    return List.copyOf(tags.values());
  }

  private static void labelled(Map<String, Tag> tags, FieldDescriptor field, String value, Provenance from) {
    String cleaned = TagText.clean(value);
    if (!cleaned.isEmpty()) {
      add(tags, TagText.clean(field.label()) + ": " + cleaned, from);
    }
  }

  private static void add(Map<String, Tag> tags, String name, Provenance from) {
    String cut = TagText.cut(name);
    tags.putIfAbsent(cut, Tag.of(cut, from));
  }

  private Owner owner(Optional<SourceUser> user) {
    Optional<String> userId = Texts.trimmed(user.flatMap(SourceUser::remoteId));
    Optional<String> levitate =
        userId.map(id -> owners.get(SalesforceIds.shortForm(id))).or(settings::defaultOwner);
    return Owner.builder()
        .salesforceUserId(userId)
        .salesforceUserName(user.flatMap(u -> Texts.trimmed(u.name())))
        .levitateUserId(levitate)
        .build();
  }

  private void status(SourceContact source, Optional<String> deceasedValue,
      ImmutableLevitateContact.Builder out) {
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
    return new TransformResult.Rejected(ContactProblem.builder()
        .kind(kind)
        .mergeId(source.mergeId())
        .salesforceId(Texts.trimmed(source.remoteId()))
        .field(Optional.ofNullable(field))
        .message(message)
        .build());
  }
}
