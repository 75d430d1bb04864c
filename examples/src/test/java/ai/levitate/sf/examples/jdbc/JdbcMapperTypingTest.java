package ai.levitate.sf.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The JDBC store's mapper, which reads the JSON columns back, never reads a class name: no default
 * typing (the testkit's reliability suite checks the other modules' mappers).
 */
@Tag("reliability")
final class JdbcMapperTypingTest {
  @Test
  void theRowsMapperHasNoDefaultTyping() throws Exception {
    List<ObjectMapper> mappers = new ArrayList<>();
    for (Field field : LevitateRows.class.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers())
          && ObjectMapper.class.isAssignableFrom(field.getType())) {
        field.setAccessible(true);
        mappers.add((ObjectMapper) field.get(null));
      }
    }

    assertThat(mappers).hasSize(1);
    ObjectMapper mapper = mappers.get(0);
    assertThat(mapper.getDeserializationConfig().getDefaultTyper(null)).isNull();
    assertThat(
            mapper.readValue(
                "[\"java.lang.ProcessBuilder\", {\"command\": [\"id\"]}]", Object.class))
        .isInstanceOf(List.class);
    assertThat(mapper.readValue("{\"@class\": \"java.lang.ProcessBuilder\"}", Object.class))
        .isInstanceOf(Map.class);
  }
}
