package ai.levitate.sf.testkit;

import ai.levitate.sf.core.model.FieldType;
import ai.levitate.sf.testkit.internal.CrmData;
import ai.levitate.sf.testkit.internal.FieldClass;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** A {@link ContactEditor} over a copy of one record's values. */
final class RecordEditor implements ContactEditor {
  private final CrmData data;
  final Object[] values;
  String accountId;
  String ownerId;

  RecordEditor(CrmData data, Object[] values, String accountId, String ownerId) {
    this.data = data;
    this.values = values;
    this.accountId = accountId;
    this.ownerId = ownerId;
  }

  @Override
  public ContactEditor set(String apiName, @Nullable Object value) {
    int index = indexOf(apiName);
    if (value == null) {
      return clear(apiName);
    }
    FieldClass field = data.schema().get(index);
    values[index] = coerce(field.apiName(), field.type(), value);
    return this;
  }

  @Override
  public ContactEditor clear(String apiName) {
    int index = indexOf(apiName);
    values[index] = data.schema().get(index).type() == FieldType.CHECKBOX ? Boolean.FALSE : null;
    return this;
  }

  @Override
  public ContactEditor account(@Nullable String accountId) {
    if (accountId != null && data.account(accountId) == null) {
      throw new IllegalArgumentException(
          "accountId " + accountId + " names no account of this data set");
    }
    this.accountId = accountId;
    return this;
  }

  @Override
  public ContactEditor owner(@Nullable String userId) {
    if (userId != null && data.user(userId) == null) {
      throw new IllegalArgumentException("userId " + userId + " names no user of this data set");
    }
    this.ownerId = userId;
    return this;
  }

  @Override
  public Optional<Object> value(String apiName) {
    return Optional.ofNullable(values[indexOf(apiName)]);
  }

  private int indexOf(String apiName) {
    Objects.requireNonNull(apiName, "apiName == null");
    if (apiName.equals("AccountId") || apiName.equals("OwnerId")) {
      throw new IllegalArgumentException(
          apiName + " is set through account(...) or owner(...) with a Merge id");
    }
    int index = data.schema().indexOf(apiName);
    if (index < 0) {
      throw new IllegalArgumentException(
          "apiName " + apiName + " names no Contact field of this org");
    }
    return index;
  }

  /**
   * {@code value} as a field of {@code type} holds it; an {@link IllegalArgumentException} when it
   * cannot.
   */
  static Object coerce(String apiName, FieldType type, Object value) {
    switch (type) {
      case CHECKBOX:
        if (value instanceof Boolean) {
          return value;
        }
        break;
      case DATE:
        if (value instanceof LocalDate) {
          return value;
        }
        break;
      case DATETIME:
        if (value instanceof Instant) {
          return value;
        }
        break;
      case NUMBER:
        if (value instanceof BigDecimal) {
          return value;
        }
        if (value instanceof Number n) {
          return new BigDecimal(n.toString());
        }
        break;
      case MULTIPICKLIST:
        if (value instanceof List<?> items && items.stream().allMatch(String.class::isInstance)) {
          return items.stream().map(String.class::cast).collect(Collectors.joining(";"));
        }
        if (value instanceof String) {
          return value;
        }
        break;
      default:
        if (value instanceof String) {
          return value;
        }
        break;
    }
    throw new IllegalArgumentException(
        apiName + " is a " + type + " field and cannot hold a " + value.getClass().getSimpleName());
  }
}
