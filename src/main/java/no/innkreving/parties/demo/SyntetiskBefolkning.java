package no.innkreving.parties.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import no.innkreving.parties.Foedselsnummer;
import no.innkreving.parties.Organisasjonsnummer;

/**
 * A deterministic synthetic population for the local registers: valid identifiers that can never belong to a real
 * person (synthetic fødselsnumre have month + 80; d-numbers day + 40 and month + 80), Norwegian-looking names, and
 * a few of every status so each asynchronous rule of the creditor API can be seen. Pure: same seed, same people.
 */
public final class SyntetiskBefolkning {
    private static final String[] FORNAVN = {"Ola", "Kari", "Per", "Ingrid", "Nils", "Astrid", "Lars", "Sigrid", "Jon", "Marit",
            "Arne", "Liv", "Knut", "Solveig", "Bjørn", "Randi", "Tor", "Hilde", "Eirik", "Åse", "Øystein", "Guro", "Håkon", "Tone"};
    private static final String[] ETTERNAVN = {"Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen",
            "Jensen", "Karlsen", "Berg", "Haugen", "Hagen", "Bakken", "Dahl", "Lie", "Sæther", "Strand", "Moen", "Aas", "Fjeld", "Ødegård"};
    private static final String[] FIRMAORD = {"Fjord", "Nordlys", "Vidde", "Bygg", "Fisk", "Tre", "Data", "Transport", "Regnskap",
            "Elektro", "Maskin", "Havbruk", "Handel", "Rør", "Konsult", "Bakeri"};

    public record Person(String foedselsnummer, String navn, String status, LocalDate doedsdato) {
    }

    public record Enhet(String organisasjonsnummer, String navn, String status, String hovedenhet) {
    }

    /** Fixed demo parties that the README, docs/demo-data.md and tests can rely on. */
    public static final Person LEVENDE = new Person(fnr(LocalDate.of(1980, 3, 1), 123, false), "Ola Normann", "BOSATT", null);
    public static final Person DOED = new Person(fnr(LocalDate.of(1945, 7, 14), 456, false), "Kari Nordmann", "DOED", LocalDate.of(2025, 11, 2));
    public static final Person SLETTET = new Person(fnr(LocalDate.of(1990, 12, 24), 789, false), "Per Feilregistrert", "SLETTET", null);
    /** Valid, but in no register: PERSON_EKSISTERER_IKKE. */
    public static final String UKJENT_PERSON = fnr(LocalDate.of(1977, 5, 17), 501, false);
    public static final Enhet AKTIV = new Enhet(orgnr("3100000"), "Fjordlys Bygg AS", "AKTIV", null);
    public static final Enhet OPPHOERT = new Enhet(orgnr("3100001"), "Nedlagt Handel AS", "OPPHOERT", null);
    public static final Enhet SLETTET_ENHET = new Enhet(orgnr("3100002"), "Dublett Konsult AS", "SLETTET", null);
    /** Valid, but in no register: ORGANISASJONSNUMMER_FINNES_IKKE. */
    public static final String UKJENT_ORGANISASJON = orgnr("3100003");

    private SyntetiskBefolkning() {
    }

    public static List<Person> faste() {
        return List.of(LEVENDE, DOED, SLETTET);
    }

    public static List<Enhet> fasteEnheter() {
        return List.of(AKTIV, OPPHOERT, SLETTET_ENHET);
    }

    /** {@code antall} persons: about 1 in 50 dead, 1 in 200 deleted, 1 in 20 with a d-nummer. */
    public static List<Person> personer(int antall, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Person> liste = new ArrayList<>(antall);
        java.util.Set<String> brukt = new java.util.HashSet<>();
        faste().forEach(p -> brukt.add(p.foedselsnummer()));
        brukt.add(UKJENT_PERSON);
        while (liste.size() < antall) {
            LocalDate foedt = LocalDate.of(1935, 1, 1).plusDays(r.nextInt(365 * 70));
            String id = fnr(foedt, r.nextInt(1000), r.nextInt(20) == 0);
            if (id == null || !brukt.add(id)) continue;
            int x = r.nextInt(200);
            String status = x == 0 ? "SLETTET" : x < 5 ? "DOED" : "BOSATT";
            String navn = FORNAVN[r.nextInt(FORNAVN.length)] + " " + ETTERNAVN[r.nextInt(ETTERNAVN.length)];
            liste.add(new Person(id, navn, status, status.equals("DOED") ? LocalDate.of(2024, 1, 1).plusDays(r.nextInt(600)) : null));
        }
        return liste;
    }

    /** {@code antall} organisations: about 1 in 25 dissolved, 1 in 100 deleted, 1 in 10 a sub-unit of an earlier one. */
    public static List<Enhet> enheter(int antall, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Enhet> liste = new ArrayList<>(antall);
        java.util.Set<String> brukt = new java.util.HashSet<>();
        fasteEnheter().forEach(e -> brukt.add(e.organisasjonsnummer()));
        brukt.add(UKJENT_ORGANISASJON);
        while (liste.size() < antall) {
            String id = orgnr(String.format("%07d", 2_000_000 + r.nextInt(7_000_000)).substring(0, 7));
            if (id == null || !brukt.add(id)) continue;
            int x = r.nextInt(100);
            String status = x == 0 ? "SLETTET" : x < 5 ? "OPPHOERT" : "AKTIV";
            String hoved = !liste.isEmpty() && r.nextInt(10) == 0 ? liste.get(r.nextInt(liste.size())).organisasjonsnummer() : null;
            String navn = FIRMAORD[r.nextInt(FIRMAORD.length)] + " " + FIRMAORD[r.nextInt(FIRMAORD.length)].toLowerCase() + " AS";
            liste.add(new Enhet(id, navn, status, hoved));
        }
        return liste;
    }

    /** A synthetic fødselsnummer (month + 80), or a synthetic d-nummer (also day + 40); null if no check digits fit. */
    static String fnr(LocalDate foedt, int individ, boolean dnummer) {
        int aar = foedt.getYear();
        // individual numbers 000-499 for 1900-1999, 500-999 for 2000-2039 (and 1854-1899, not used here)
        int i = aar >= 2000 ? 500 + individ % 500 : individ % 500;
        String ni = String.format("%02d%02d%02d%03d", foedt.getDayOfMonth() + (dnummer ? 40 : 0), foedt.getMonthValue() + 80, aar % 100, i);
        String k = Foedselsnummer.kontrollsifre(ni);
        return k == null ? (individ < 999 ? fnr(foedt, individ + 1, dnummer) : null) : ni + k;
    }

    /** An organisation number starting with the given seven digits, the eighth chosen so a check digit exists. */
    static String orgnr(String sju) {
        for (int d = 0; d <= 9; d++) {
            Integer k = Organisasjonsnummer.kontrollsiffer(sju.substring(0, 7) + d);
            if (k != null) return sju.substring(0, 7) + d + k;
        }
        return null;
    }
}
