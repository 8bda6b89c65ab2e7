package no.innkreving.portal.web;

/**
 * Where the start page's task list links a case. The complaint and application pages themselves (reading, the
 * documents, deciding) are module desk's ({@code desk.web}), at these paths; plan cases link from their own page.
 */
final class SaksbehandlerSakController {
    private SaksbehandlerSakController() {
    }

    /** The task list's link to a case, from the task's reference ({@code klage:<id>}, {@code soeknad:<id>}). */
    static String lenke(String referanse) {
        if (referanse.startsWith("klage:")) return "/saksbehandler/klage/" + referanse.substring(6);
        if (referanse.startsWith("soeknad:")) return "/saksbehandler/soknad/" + referanse.substring(8);
        if (referanse.startsWith("betalingssak:")) return "/saksbehandler/betalingssaker/" + referanse.substring("betalingssak:".length());
        return null;
    }
}
