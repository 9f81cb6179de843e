package doorstep;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The package structure is the architecture: capabilities talk through public APIs and events, without cycles. */
class ArchitectureTest {

    private static final String CAPTURE = "doorstep.capture";

    private static final JavaClasses SERVER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // The device core and simulator sit on the test classpath; they are guarded in their own modules.
            .withImportOption(location -> !location.contains("/doorstep/device/") && !location.contains("/doorstep/simulator/"))
            .importPackages("doorstep");

    @Test
    void capabilitiesDependOnEachOtherWithoutCycles() {
        slices().matching("doorstep.(*)..")
                .should().beFreeOfCycles()
                .check(SERVER);
    }

    @Test
    void noCapabilityReachesIntoAnothersInternals() {
        for (String capability : new String[]{"identity", "crypto", "sync", "capture", "mash", "audit", "people"}) {
            noClasses().that().resideOutsideOfPackage("doorstep." + capability + "..")
                    .should().dependOnClassesThat().resideInAPackage("doorstep." + capability + ".internal..")
                    .allowEmptyShould(true)
                    .check(SERVER);
        }
    }

    /**
     * Sync opens, checks the kind and hands over: it may use the capture plug-in API in
     * {@code doorstep.capture}, never a kind's own package, the contract types a kind reads (its
     * payload schema) or the people a capture mentions.
     */
    @Test
    void syncKnowsNoKindOfCapture() {
        Set<String> kindSchemas = SERVER.stream()
                .filter(c -> c.getPackageName().startsWith(CAPTURE + "."))
                .flatMap(c -> c.getDirectDependenciesFromSelf().stream())
                .map(d -> d.getTargetClass().getBaseComponentType())
                .filter(target -> target.getPackageName().equals("doorstep.api.model"))
                .map(JavaClass::getName)
                .collect(Collectors.toSet());
        assertTrue(kindSchemas.contains("doorstep.api.model.DomesticAbuseIncident"), "the incident is a kind");

        noClasses().that().resideInAPackage("doorstep.sync..")
                .should().dependOnClassesThat(DescribedPredicate.describe("belong to a kind of capture",
                        (JavaClass c) -> c.getPackageName().startsWith(CAPTURE + ".") || kindSchemas.contains(c.getName())))
                .orShould().dependOnClassesThat().resideInAPackage("doorstep.people..")
                .because("a kind of capture is a plug-in: adding one must not touch sync")
                .check(SERVER);
    }

    /**
     * People files whoever a capture mentions through its own kind-neutral API: it may use the
     * contract types its HTTP API exposes, never the payload a kind of capture reads, so adding a
     * kind does not touch people.
     */
    @Test
    void peopleKnowsNoKindOfCapture() {
        Set<String> peoplesOwn = contractTypesReachableFrom(SERVER.get("doorstep.api.PeopleApi"));
        Set<String> payloads = kindSchemas().stream().filter(name -> !peoplesOwn.contains(name))
                .collect(Collectors.toSet());
        assertTrue(payloads.containsAll(Set.of("doorstep.api.model.DomesticAbuseIncident",
                "doorstep.api.model.Adult", "doorstep.api.model.Child")), "the incident's payload: " + payloads);

        noClasses().that().resideInAPackage("doorstep.people..")
                .should().dependOnClassesThat(DescribedPredicate.describe("are a capture's payload",
                        (JavaClass c) -> payloads.contains(c.getName())))
                .orShould().dependOnClassesThat().resideInAPackage(CAPTURE + "..")
                .because("a kind of capture is a plug-in: adding one must not touch people")
                .check(SERVER);
    }

    /** The contract's model types a kind of capture reads: its payload schema and what that is made of. */
    private static Set<String> kindSchemas() {
        return SERVER.stream()
                .filter(c -> c.getPackageName().startsWith(CAPTURE + "."))
                .flatMap(c -> c.getDirectDependenciesFromSelf().stream())
                .map(d -> d.getTargetClass().getBaseComponentType())
                .filter(target -> target.getPackageName().equals("doorstep.api.model"))
                .map(JavaClass::getName)
                .collect(Collectors.toSet());
    }

    private static Set<String> contractTypesReachableFrom(JavaClass root) {
        Set<String> seen = new java.util.HashSet<>();
        java.util.Deque<JavaClass> toVisit = new java.util.ArrayDeque<>(List.of(root));
        while (!toVisit.isEmpty()) {
            toVisit.pop().getDirectDependenciesFromSelf().stream()
                    .map(d -> d.getTargetClass().getBaseComponentType())
                    .filter(target -> target.getPackageName().equals("doorstep.api.model"))
                    .filter(target -> seen.add(target.getName()))
                    .forEach(toVisit::push);
        }
        return seen;
    }

    @Test
    void onlyTheCryptoCapabilityTouchesTinkKeys() {
        noClasses().that().resideOutsideOfPackage("doorstep.crypto..")
                .should().dependOnClassesThat().haveFullyQualifiedName("com.google.crypto.tink.KeysetHandle")
                .check(SERVER);
    }

    @Test
    void theGeneratedContractDependsOnNoCapability() {
        noClasses().that().resideInAPackage("doorstep.api..")
                .should().dependOnClassesThat().resideInAnyPackage("doorstep.identity..", "doorstep.crypto..",
                        "doorstep.sync..", "doorstep.capture..", "doorstep.mash..", "doorstep.audit..")
                .check(SERVER);
    }
}
