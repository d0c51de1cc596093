package org.govkiosk.kiosk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The production launcher uses no simulation code. core-sim is only on kiosk's test class path (kiosk/pom.xml);
 * should someone widen that scope to make a shortcut compile, this fails.
 */
class ProductionClassPathTest {
    @Test
    void kioskClassesUseNoEmulatorDemoKeyOrDesktopCode() {
        var kiosk = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("org.govkiosk.kiosk");
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.govkiosk.sim..", "org.govkiosk.desktop..")
                .because("kiosk.jar ships without core-sim: emulators, sample cards and the demo CA stay out of production")
                .check(kiosk);
    }
}
