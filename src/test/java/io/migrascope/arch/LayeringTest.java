package io.migrascope.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The core is the product's brain and must stay usable without a screen or a command line. */
@AnalyzeClasses(packages = "io.migrascope", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule coreKnowsNoFace = noClasses().that().resideInAPackage("io.migrascope.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "picocli..", "io.migrascope.ui..", "io.migrascope.cli..", "io.migrascope.demo..");

    @ArchTest
    static final ArchRule cliDoesNotReachIntoTheGui = noClasses().that().resideInAPackage("io.migrascope.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.migrascope.ui..");
}
