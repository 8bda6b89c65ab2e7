package no.innkreving.platform.demoissuer;

import java.util.regex.Pattern;

/** Shape checks for what goes into demo tokens. Only the shape: demo data may use synthetic numbers. */
final class DemoIdentifiers {
    private static final Pattern ORGNR = Pattern.compile("\\d{9}");
    private static final Pattern PID = Pattern.compile("\\d{11}");
    private static final Pattern SAKSBEHANDLER = Pattern.compile("[A-Za-z0-9._-]{1,40}");

    private DemoIdentifiers() {
    }

    static boolean isOrgnr(String s) {
        return s != null && ORGNR.matcher(s).matches();
    }

    static boolean isPid(String s) {
        return s != null && PID.matcher(s).matches();
    }

    /** A caseworker's ident, e.g. Z990123. */
    static boolean isSaksbehandler(String s) {
        return s != null && SAKSBEHANDLER.matcher(s).matches();
    }

    /** Space-separated scopes with the whitespace tidied, or null when there are none. */
    static String normaliseScope(String scope) {
        if (scope == null || scope.isBlank()) return null;
        return String.join(" ", scope.trim().split("\\s+"));
    }
}
