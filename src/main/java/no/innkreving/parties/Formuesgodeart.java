package no.innkreving.parties;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kinds of asset the asset register knows, each with the register that holds it and the form of its identifier.
 * {@link #normaliser} turns what a caseworker typed into the register's form, or nothing when it cannot be one.
 */
public enum Formuesgodeart {
    /** Real property in the land register (grunnboken): matrikkel number kommunenr-gnr/bnr[/fnr[/snr]], e.g. 0301-208/153. */
    FAST_EIENDOM("Grunnboken (Kartverket)"),
    /** A bank account: 11 digits, mod-11 check digit; written with or without dots and spaces. */
    BANKKONTO("Kontoførende bank"),
    /** Securities held in a VPS account (verdipapirkonto) at the central securities depository: 12 digits. */
    VERDIPAPIR("Verdipapirsentralen (Euronext Securities Oslo)"),
    /** A registered vehicle: registration number, two letters and four or five digits (EK 12345). */
    KJOERETOEY("Motorvognregisteret (Statens vegvesen)"),
    /** A registered boat: three letters and three digits (ABC 123). */
    BAAT("Båtregisteret"),
    /** Other movables known from the tax return: a serial or other mark, 2-64 characters. */
    ANNET_LOESOERE("Opplyst i skattemeldingen");

    private static final Pattern MATRIKKEL = Pattern.compile("(\\d{4})-(\\d{1,5})/(\\d{1,4})(?:/(\\d{1,4}))?(?:/(\\d{1,4}))?");

    private final String register;

    Formuesgodeart(String register) {
        this.register = register;
    }

    /** The register the asset is recorded in, for letters and the caseworker. */
    public String register() {
        return register;
    }

    /** The identifier in the register's form, or empty if it cannot be one of this kind. */
    public Optional<String> normaliser(String identifikator) {
        if (identifikator == null) return Optional.empty();
        String s = identifikator.strip();
        return Optional.ofNullable(switch (this) {
            case FAST_EIENDOM -> matrikkel(s);
            case BANKKONTO -> {
                String d = s.replaceAll("[ .]", "");
                yield Kontonummer.erGyldig(d) ? d : null;
            }
            case VERDIPAPIR -> {
                String d = s.replaceAll("[ .]", "");
                yield d.matches("\\d{12}") ? d : null;
            }
            case KJOERETOEY -> {
                String d = s.replaceAll("[ -]", "").toUpperCase(Locale.ROOT);
                yield d.matches("[A-ZÆØÅ]{2}\\d{4,5}") ? d : null;
            }
            case BAAT -> {
                String d = s.replaceAll("[ -]", "").toUpperCase(Locale.ROOT);
                yield d.matches("[A-ZÆØÅ]{3}\\d{3}") ? d : null;
            }
            case ANNET_LOESOERE -> {
                String d = s.replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
                yield d.length() >= 2 && d.length() <= 64 && d.chars().noneMatch(Character::isISOControl) ? d : null;
            }
        });
    }

    /** kommunenr-gnr/bnr, with fnr and snr only when not 0 (0301-208/153/0/0 is 0301-208/153); no leading zeros. */
    private static String matrikkel(String s) {
        Matcher m = MATRIKKEL.matcher(s.replace(" ", ""));
        if (!m.matches()) return null;
        int gnr = Integer.parseInt(m.group(2));
        int bnr = Integer.parseInt(m.group(3));
        int fnr = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
        int snr = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
        if (gnr == 0 || bnr == 0 || m.group(1).equals("0000")) return null;
        String ut = m.group(1) + "-" + gnr + "/" + bnr;
        if (snr != 0) return ut + "/" + fnr + "/" + snr;
        return fnr != 0 ? ut + "/" + fnr : ut;
    }
}
