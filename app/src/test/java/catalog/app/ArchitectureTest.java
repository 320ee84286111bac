package catalog.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rules of DESIGN.md, checked on the compiled main classes of all three modules. */
class ArchitectureTest {
  /** Main code only: the test classes of this module and the test jars of the others are left out. */
  private static final ImportOption MAIN_ONLY = location -> !location.contains("/test-classes/")
      && !location.contains("-tests.jar");

  private static final String[] FRAMEWORKS = {
      "java.sql..", "javax.sql..", "com.fasterxml.jackson..", "dagger..", "jakarta.inject..", "io.javalin..",
      "com.zaxxer.hikari..", "org.postgresql..", "org.flywaydb.."};

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter().withImportOption(MAIN_ONLY).importPackages("catalog..");
  }

  @Test
  void allThreeModulesAreImported() {
    for (String pkg : List.of("catalog.domain", "catalog.infra", "catalog.app")) {
      assertTrue(classes.stream().anyMatch(c -> c.getPackageName().startsWith(pkg)), "no class in " + pkg);
    }
    assertTrue(classes.contain("catalog.infra.db.JdbcProducts"));
    assertFalse(classes.stream().anyMatch(c -> c.getSimpleName().endsWith("IT")), "test classes were imported");
    assertFalse(classes.contain(TestServer.class), "test classes were imported");
  }

  @Test
  void theDomainNamesNoFramework() {
    domainIsFrameworkFree("catalog.domain..").check(classes);
  }

  @Test
  void infraDoesNotDependOnTheApp() {
    layerDoesNotUse("catalog.infra..", "catalog.app..").check(classes);
  }

  @Test
  void theDomainDoesNotDependOnInfraOrTheApp() {
    layerDoesNotUse("catalog.domain..", "catalog.infra..", "catalog.app..").check(classes);
  }

  @Test
  void jdbcAdaptersAreNotPublic() {
    adaptersAreHidden("Jdbc").check(classes);
    long adapters = classes.stream()
        .filter(c -> c.getPackageName().equals("catalog.infra.db") && c.getSimpleName().startsWith("Jdbc")).count();
    assertTrue(adapters >= 4, "found " + adapters + " Jdbc adapters");
  }

  /** Each rule, aimed where it is broken, reports it: a rule that cannot fail proves nothing. */
  @Test
  void theRulesDetectViolations() {
    assertTrue(domainIsFrameworkFree("catalog.infra..").evaluate(classes).hasViolation(),
        "infra uses JDBC, so the domain rule must flag it");
    assertTrue(layerDoesNotUse("catalog.app..", "catalog.infra..").evaluate(classes).hasViolation(),
        "the app uses infra, so the layer rule must flag it");
    ArchRule publicOnes = classes().that().resideInAPackage("catalog.infra.db").and()
        .haveSimpleNameStartingWith("Database").should().notBePublic().allowEmptyShould(false);
    assertTrue(publicOnes.evaluate(classes).hasViolation(), "Database is public, so the visibility rule must flag it");
    JavaClass database = classes.get("catalog.infra.db.Database");
    assertTrue(database.getModifiers().contains(JavaModifier.PUBLIC));
  }

  private static ArchRule domainIsFrameworkFree(String layer) {
    return noClasses().that().resideInAPackage(layer)
        .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
        .allowEmptyShould(false);
  }

  private static ArchRule layerDoesNotUse(String layer, String... forbidden) {
    return noClasses().that().resideInAPackage(layer)
        .should().dependOnClassesThat().resideInAnyPackage(forbidden)
        .allowEmptyShould(false);
  }

  private static ArchRule adaptersAreHidden(String prefix) {
    return classes().that().resideInAPackage("catalog.infra.db").and().haveSimpleNameStartingWith(prefix)
        .should().notBePublic()
        .allowEmptyShould(false);
  }
}
