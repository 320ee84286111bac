package catalog.domain.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import catalog.domain.InvalidInput;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreTest {

  @Test
  void anyPartMayBeGivenAlone() {
    assertEquals(0.0, new Score(0.0, null, null).overall());
    assertEquals(100.0, new Score(null, 100.0, null).ingredients());
    assertEquals(55.5, new Score(null, null, 55.5).nutrients());
  }

  @Test
  void negativeZeroIsZero() {
    Score score = new Score(-0.0, -0.0, -0.0);
    assertEquals(List.of("0.0", "0.0", "0.0"),
        List.of(score.overall().toString(), score.ingredients().toString(), score.nutrients().toString()));
  }

  @Test
  void noPartAtAllIsInvalid() {
    assertEquals("score",
        assertThrows(InvalidInput.class, () -> new Score(null, null, null)).errors().getFirst().field());
  }

  @Test
  void eachPartIsNamedWhenOutOfRange() {
    assertEquals("score.final", fieldOf(() -> new Score(100.1, null, null)));
    assertEquals("score.ingredients", fieldOf(() -> new Score(50.0, -1.0, null)));
    assertEquals("score.nutrients", fieldOf(() -> new Score(null, null, Double.NaN)));
  }

  private static String fieldOf(Runnable build) {
    return assertThrows(InvalidInput.class, build::run).errors().getFirst().field();
  }
}
