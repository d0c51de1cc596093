package org.govkiosk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package structure of production core, checked on its compiled classes (tests and jars left out).
 * See README "Architecture" for why each rule exists.
 */
class ArchitectureTest {
    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("org.govkiosk");
    }

    @Test
    void noPackageCycles() {
        // Every package is its own slice, so a parent and its sub-package (certificate, certificate.seal) count too.
        // Except the UI: KioskUi navigates to screens that call back into it, so ui, ui.screen and ui.widget are
        // one slice for now (screens as controllers, issue 8); the UI as a whole still may not be in a cycle.
        slices().assignedFrom(PACKAGE_EXCEPT_UI).should().beFreeOfCycles().check(core);
    }

    private static final SliceAssignment PACKAGE_EXCEPT_UI = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            String p = c.getPackageName();
            if (!p.startsWith("org.govkiosk.")) return SliceIdentifier.ignore();
            String rest = p.substring("org.govkiosk.".length());
            return SliceIdentifier.of(rest.equals("ui") || rest.startsWith("ui.") ? "ui" : rest);
        }

        @Override
        public String getDescription() {
            return "packages of org.govkiosk (ui with its sub-packages as one)";
        }
    };

    @Test
    void coreDependsOnNoLauncherAndNoSimulationCode() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.govkiosk.desktop..", "org.govkiosk.kiosk..", "org.govkiosk.sim..")
                .because("launchers and core-sim build on core, never the reverse; production ships no emulator or demo key")
                .check(core);
        noClasses().should().resideInAnyPackage("org.govkiosk.desktop..", "org.govkiosk.kiosk..", "org.govkiosk.sim..")
                .because("those packages belong to their own modules")
                .check(core);
    }

    @Test
    void onlyTheUiKnowsLibGdx() {
        noClasses().that().resideOutsideOfPackage("org.govkiosk.ui..")
                .should().dependOnClassesThat().resideInAPackage("com.badlogic..")
                .because("sessions, devices, records and certificates are tested and reused without a display")
                .check(core);
    }

    @Test
    void onlyBindersReadConfigKeys() {
        // Issue 8: components receive their typed record; a key string read anywhere else would escape the start-up
        // check (unknown keys, bad values) and the one-place documentation test (ConfigKeysTest).
        noClasses().that().resideOutsideOfPackage("org.govkiosk.config")
                .and().doNotHaveSimpleName("FleetSettings").and().doNotHaveFullyQualifiedName("org.govkiosk.devices.DeviceContext$Builder")
                .should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe("a key reader of KioskConfig",
                        call -> call.getTargetOwner().isEquivalentTo(org.govkiosk.config.KioskConfig.class)
                                && !java.util.Set.of("load", "defaults", "with", "origin", "asMap").contains(call.getName())))
                .because("only a capability's binder reads keys; everything else receives its record")
                .check(core);
    }
}
