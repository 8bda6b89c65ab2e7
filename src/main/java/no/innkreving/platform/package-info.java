/**
 * Technical ground every module stands on: embedded database, security chain, clock, problem answers, request
 * limits. Holds no business rules. Open, so modules may use its subpackages.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN, allowedDependencies = {})
package no.innkreving.platform;

import org.springframework.modulith.ApplicationModule;
