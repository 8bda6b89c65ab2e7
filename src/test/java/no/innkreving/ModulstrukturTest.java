package no.innkreving;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Module boundaries: no cycles, one module reaches another only through its root package (its public API), and
 * only the modules its package-info lists in {@code allowedDependencies}. Also writes the module diagrams in
 * docs/moduler (PlantUML, C4), so they follow the code: commit them when they change.
 */
class ModulstrukturTest {
    static final ApplicationModules MODULER = ApplicationModules.of(InnkrevingApplication.class);

    @Test
    void modulgrenserHolder() {
        MODULER.verify();
    }

    /** A module without a declaration may depend on anything; every module must say what it needs. */
    @Test
    void hverModulSierHvaDenAvhengerAv() throws Exception {
        for (var modul : MODULER) {
            String pakke = modul.getBasePackage().getName();
            ApplicationModule a = Class.forName(pakke + ".package-info").getAnnotation(ApplicationModule.class);
            assertThat(a).as(pakke + " has no @ApplicationModule in its package-info").isNotNull();
            assertThat(a.allowedDependencies()).as(pakke + " does not list its allowedDependencies")
                    .doesNotContain(ApplicationModule.OPEN_TOKEN);
        }
    }

    /** The demo's token and consent issuer is for the demo profile only: no production class may reach it. */
    @Test
    void ingenProduksjonskodeBrukerDemoutstederen() {
        ArchRuleDefinition.noClasses().that().resideOutsideOfPackage("no.innkreving.platform.demoissuer..")
                .should().dependOnClassesThat().resideInAPackage("no.innkreving.platform.demoissuer..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("no.innkreving"));
    }

    @Test
    void modulkart() throws IOException {
        Path mappe = Path.of("docs/moduler");
        new Documenter(MODULER, Documenter.Options.defaults().withOutputFolder(mappe.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        try (var filer = Files.list(mappe)) {
            for (Path fil : filer.toList()) Files.write(fil, ordnet(Files.readAllLines(fil)));
        }
    }

    /** The Documenter lists components and relations in hash order: sorted, a rerun writes the same files. */
    static List<String> ordnet(List<String> linjer) {
        List<String> ut = new ArrayList<>();
        List<String> blokk = new ArrayList<>();
        String slag = null;
        for (String l : linjer) {
            String s = l.strip().startsWith("Rel(") ? "Rel(" : l.strip().startsWith("Component(") ? "Component(" : null;
            if (!Objects.equals(s, slag)) {
                Collections.sort(blokk);
                ut.addAll(blokk);
                blokk.clear();
                slag = s;
            }
            if (s == null) ut.add(l);
            else blokk.add(l);
        }
        Collections.sort(blokk);
        ut.addAll(blokk);
        return ut;
    }
}
