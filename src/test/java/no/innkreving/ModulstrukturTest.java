package no.innkreving;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Module boundaries: no cycles, and one module reaches another only through its root package (its public API). */
class ModulstrukturTest {
    @Test
    void modulgrenserHolder() {
        ApplicationModules.of(InnkrevingApplication.class).verify();
    }
}
