package catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidInputTest {

  @Test
  void messageListsEveryField() {
    InvalidInput e = new InvalidInput(List.of(
        new FieldError("name", "is required"), new FieldError("limit", "must be from 1 to 200")));
    assertEquals("name: is required; limit: must be from 1 to 200", e.getMessage());
  }

  @Test
  void errorsAreACopy() {
    List<FieldError> errors = new ArrayList<>(List.of(new FieldError("name", "is required")));
    InvalidInput e = new InvalidInput(errors);
    errors.clear();
    assertEquals(1, e.errors().size());
  }

  @Test
  void needsAtLeastOneError() {
    assertThrows(IllegalArgumentException.class, () -> new InvalidInput(List.of()));
  }

  @Test
  void otherErrorsNameWhatTheyAreAbout() {
    assertEquals("product 42 not found", new NotFound("product 42").getMessage());
    StaleVersion stale = new StaleVersion("product 42", 3);
    assertEquals(Versions.of(3), stale.expected());
    assertEquals("product 42 is no longer at version 3", stale.getMessage());
  }
}
