package org.onewindow.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The lines DESIGN.md section 2 draws, held by the build (issue 15 item 3). Each rule is in force
 * for every class added from now on; the few dependencies today's code still has across a line are
 * listed, with the work that removes them, in {@link KnownViolations}.
 */
class ArchitectureTest {

  private static final JavaClasses CLASSES = PlatformClasses.ALL;

  /** EJB and batch code: every capability, the kernel, the batch jobs. */
  private static final DescribedPredicate<JavaClass> EJB_OR_BATCH =
      DescribedPredicate.describe(
          "EJB or batch code",
          type ->
              PlatformClasses.slice(type)
                  .filter(s -> !s.equals("web") && !s.equals("crypto") && !s.equals("oidc"))
                  .isPresent());

  @Test
  void ejbAndBatchCodeImportsNoWebClass() {
    noClasses()
        .that(EJB_OR_BATCH)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "jakarta.ws.rs..",
            "jakarta.faces..",
            "jakarta.servlet..",
            "jakarta.websocket..",
            "org.primefaces..",
            "org.onewindow.web..")
        .because("a JSF bean or JAX-RS resource calls a service; a service never calls back")
        .check(CLASSES);
  }

  @Test
  void aCapabilityUsesAnotherOnlyThroughItsServicesNeverItsEntities() {
    classes()
        .that(
            DescribedPredicate.describe(
                "belong to a capability or a batch job",
                type ->
                    PlatformClasses.capability(type).isPresent()
                        || PlatformClasses.slice(type).equals(Optional.of("batch"))))
        .should(useOtherCapabilitiesOnlyThroughTheirServices())
        .because("a capability's entities, domain, repositories and adapters are its own")
        .check(CLASSES);
  }

  /** The append-only audit trail (ops.audit), which the kernel's review workflow writes to. */
  private static final String AUDIT_TRAIL = "org.onewindow.ops.audit";

  @Test
  void theKernelDependsOnNoCapability() {
    noClasses()
        .that(
            DescribedPredicate.describe(
                "belong to the kernel",
                type ->
                    PlatformClasses.slice(type)
                        .filter(PlatformClasses.KERNEL::contains)
                        .isPresent()))
        .should()
        .dependOnClassesThat(
            DescribedPredicate.describe(
                "belong to a capability other than the audit trail",
                type ->
                    PlatformClasses.capability(type).isPresent()
                        && !type.getPackageName().startsWith(AUDIT_TRAIL)))
        .because(
            "every capability may use the kernel, so the kernel may use none of them; the audit"
                + " trail is the exception: every administrative change is recorded there (DESIGN.md"
                + " 4), the review workflow's included")
        .check(CLASSES);
  }

  @Test
  void capabilitiesKernelBatchAndWebFormNoCycle() {
    slices().matching("org.onewindow.(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void thePartsOfEachCapabilityFormNoCycle() {
    slices()
        .matching("org.onewindow.(*).(*)..")
        .namingSlices("$1.$2")
        .should()
        .beFreeOfCycles()
        .check(CLASSES);
  }

  @Test
  void sessionBeansOthersCallAreNamedService() {
    classes()
        .that(
            DescribedPredicate.describe(
                "are session beans called from another capability, the batch jobs or the web",
                (JavaClass type) ->
                    PlatformClasses.isSessionBean(type)
                        && calledFromOutside(type)
                        && !KnownViolations.UNNAMED_SERVICES.contains(type.getName())))
        .should()
        .haveSimpleNameEndingWith("Service")
        .because("a capability's public face is its *Service beans (DESIGN.md 2, 6)")
        .check(CLASSES);
  }

  private static boolean calledFromOutside(JavaClass type) {
    Optional<String> home = PlatformClasses.slice(type);
    return type.getDirectDependenciesToSelf().stream()
        .map(Dependency::getOriginClass)
        .anyMatch(origin -> !PlatformClasses.slice(origin).equals(home));
  }

  private static ArchCondition<JavaClass> useOtherCapabilitiesOnlyThroughTheirServices() {
    return new ArchCondition<>("use another capability only through its services") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        Optional<String> home = PlatformClasses.capability(origin);
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          JavaClass target = dependency.getTargetClass().getBaseComponentType();
          Optional<String> other = PlatformClasses.capability(target);
          if (other.isEmpty() || other.equals(home) || !isPrivateTo(target)) {
            continue;
          }
          if (KnownViolations.allows(origin, target)) {
            continue;
          }
          events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
        }
      }
    };
  }

  /**
   * Entities, always; and what lives in a capability's domain, repository and infrastructure
   * packages, unless one of its {@code *Service} beans takes or returns it (a value its public face
   * speaks in, like the spec of a realm client).
   */
  private static boolean isPrivateTo(JavaClass target) {
    if (target.isAnnotatedWith("jakarta.persistence.Entity")
        || target.isAnnotatedWith("jakarta.persistence.Embeddable")
        || target.isAnnotatedWith("jakarta.persistence.MappedSuperclass")) {
      return true;
    }
    return target
            .getPackageName()
            .matches("org\\.onewindow\\.[a-z]+\\.(domain|repository|infrastructure)(\\..*)?")
        && !PlatformClasses.SERVICE_API.contains(target.getName());
  }
}
