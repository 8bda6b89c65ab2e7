package no.innkreving;

import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void modulkart() {
        new Documenter(MODULER, Documenter.Options.defaults().withOutputFolder("docs/moduler"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
    }
}
