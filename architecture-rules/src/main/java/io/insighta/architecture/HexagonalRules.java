package io.insighta.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.implement;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

/**
 * The hexagonal rules of ARCHITECTURE.md as ArchUnit rules, each built for a base package so any
 * module laid out as {@code <base>.domain}, {@code <base>.application} and {@code
 * <base>.adapters.<name>} can be checked, including an adapter written outside this repository.
 */
public final class HexagonalRules {

  /** The base package of Insighta's own modules; adapter rules always guard its adapters too. */
  public static final String INSIGHTA = "io.insighta";

  private HexagonalRules() {}

  public static ArchRule domainDependsOnlyOnJdk(String base) {
    return classes()
        .that()
        .resideInAPackage(base + ".domain..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", base + ".domain..")
        .because("the domain is plain Java that embeds anywhere and outlives every framework");
  }

  public static ArchRule applicationDependsOnlyOnJdkAndDomain(String base) {
    return classes()
        .that()
        .resideInAPackage(base + ".application..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", base + ".domain..", base + ".application..")
        .because(
            "use cases speak only the domain's language and run from plain Java with no server");
  }

  public static ArchRule domainDoesNotDependOnApplication(String base) {
    return noClasses()
        .that()
        .resideInAPackage(base + ".domain..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(base + ".application..")
        .because("dependencies point inwards: application uses the domain, never the reverse");
  }

  public static ArchRule coreIsFrameworkFree(String base) {
    return noClasses()
        .that()
        .resideInAnyPackage(base + ".domain..", base + ".application..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(Technology.FRAMEWORKS)
        .because(
            "jOOQ, Javalin, Jedis, Guice, Jackson, jakarta.inject and SLF4J belong to adapters and"
                + " bootstrap; use cases are built in bootstrap @Provides methods instead");
  }

  public static ArchRule portsDoNotExposeTechnology(String base) {
    return noMethods()
        .that()
        .areDeclaredInClassesThat(Ports.publicInterfacesIn(base))
        .should(Technology.mentionedInSignature())
        .because(
            "a port carrying a jOOQ Record or DSLContext, a Javalin Context or a Jedis type ties"
                + " every implementation to that technology");
  }

  public static ArchRule domainFeaturesAreFreeOfCycles(String base) {
    return slices()
        .matching(base + ".domain.(*)..")
        .should()
        .beFreeOfCycles()
        .because("each feature package must be understandable and changeable on its own");
  }

  public static ArchRule adaptersDoNotDependOnEachOther(String base) {
    return classes()
        .that()
        .resideInAPackage(base + ".adapters..")
        .should(AdapterPackages.dependOnNoOtherAdapter(base))
        .because(
            "adapters meet only through the core's ports, so each can be replaced or left out alone");
  }

  public static ArchRule httpServerAndClientAreIndependent(String base) {
    String server = base + ".adapters.http.server..";
    String client = base + ".adapters.http.client..";
    return CompositeArchRule.of(
            noClasses()
                .that()
                .resideInAPackage(server)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(client)
                .allowEmptyShould(true))
        .and(
            noClasses()
                .that()
                .resideInAPackage(client)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(server)
                .allowEmptyShould(true))
        .because(
            "the server side (Javalin) and the client side (outgoing calls) are separate adapters"
                + " that merely share a module");
  }

  public static ArchRule generatedJooqStaysInPersistence(String base) {
    return classes()
        .that()
        .resideInAPackage(base + "..")
        .should(AdapterPackages.useGeneratedJooqOnlyInsidePersistence(base))
        .because(
            "generated jOOQ classes mirror the table layout; only the persistence adapter may see it");
  }

  public static ArchRule constructorInjectionOnly(String base) {
    return CompositeArchRule.of(
            noFields()
                .that()
                .areDeclaredInClassesThat()
                .resideInAPackage(base + "..")
                .should()
                .beAnnotatedWith(Technology.injectAnnotation()))
        .and(
            noMethods()
                .that()
                .areDeclaredInClassesThat()
                .resideInAPackage(base + "..")
                .should()
                .beAnnotatedWith(Technology.injectAnnotation()))
        .because(
            "a constructor makes every dependency explicit, final and usable without an injector");
  }

  public static ArchRule noLombok(String base) {
    return noClasses()
        .that()
        .resideInAPackage(base + "..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("lombok..")
        .because("records and plain Java say the same without a compiler plugin hiding the code");
  }

  public static ArchRule oneTopLevelTypePerFile(String base) {
    return classes()
        .that()
        .resideInAPackage(base + "..")
        .and()
        .areTopLevelClasses()
        .should(SourceFiles.beDeclaredInAFileNamedAfterThem())
        .because("a type is found by its file name, and small files stay small");
  }

  public static ArchRule useCasesAreImplementedByServices(String base) {
    return classes()
        .that()
        .resideInAPackage(base + ".application..")
        .and()
        .areNotInterfaces()
        .and(implement(simpleNameEndingWith("UseCase")))
        .should()
        .haveSimpleNameEndingWith("Service")
        .because(
            "CreateProfileUseCase is implemented by CreateProfileService, so each pair is found");
  }

  public static ArchRule portsAreNamedForWhatTheyAre(String base) {
    return noClasses()
        .that()
        .resideInAnyPackage(base + ".domain..", base + ".application..")
        .and()
        .areInterfaces()
        .should()
        .haveSimpleNameEndingWith("Port")
        .because("an out-port is named for what it is (ProfileRepository), not ProfilePort");
  }

  public static ArchRule adaptersAreNamedTechnologyPlusPort(String base) {
    return classes()
        .that()
        .resideInAPackage(base + ".adapters..")
        .and(Ports.implementADomainPort(base))
        .should(Ports.beNamedTechnologyPlusPort(base))
        .allowEmptyShould(true)
        .because("an adapter is named <Tech><Port> (JooqProfileRepository) so its role is plain");
  }
}
