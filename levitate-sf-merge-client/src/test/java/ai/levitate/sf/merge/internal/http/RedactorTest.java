package ai.levitate.sf.merge.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class RedactorTest {
  @Test
  void masksEverySecretAsIsAndUrlEncoded() {
    Redactor redactor = new Redactor("key+/=1", "t0k3n");

    assertThat(redactor.redact("Bearer key+/=1, token t0k3n, encoded key%2B%2F%3D1"))
        .isEqualTo("Bearer ****, token ****, encoded ****");
  }

  @Test
  void masksASecretThatContainsAnotherWhole() {
    assertThat(new Redactor("abc", "abcdef").redact("abcdef abc")).isEqualTo("**** ****");
  }

  @Test
  void leavesOtherTextAndNullAlone() {
    Redactor redactor = new Redactor("secret", null, "");

    assertThat(redactor.redact("nothing to hide")).isEqualTo("nothing to hide");
    assertThat(redactor.redact(null)).isNull();
  }
}
