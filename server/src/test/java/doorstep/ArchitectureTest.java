package doorstep;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The package structure is the architecture: capabilities talk through public APIs and events, without cycles. */
class ArchitectureTest {

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
