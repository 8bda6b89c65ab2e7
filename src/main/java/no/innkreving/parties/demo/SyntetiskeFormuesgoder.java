package no.innkreving.parties.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import no.innkreving.parties.Formuesgode;
import no.innkreving.parties.Formuesgodeart;
import no.innkreving.parties.Kontonummer;

/**
 * Deterministic synthetic assets for the synthetic population: real property by matrikkel number, bank accounts
 * (valid mod-11 numbers), VPS accounts, cars and vans by reg.nr, boats, and a machine; fixed ones for the fixed demo
 * parties (docs/demo-data.md), and a spread over the bulk population. Pure: same people, same seed, same assets.
 */
public final class SyntetiskeFormuesgoder {
    private static final String[][] KOMMUNER = {{"0301", "Oslo"}, {"4601", "Bergen"}, {"5001", "Trondheim"}, {"5501", "Tromsø"},
            {"1103", "Stavanger"}, {"3201", "Bærum"}, {"3301", "Drammen"}, {"3403", "Hamar"}};
    private static final String[] BOLIG = {"Enebolig", "Rekkehus", "Tomannsbolig", "Fritidsbolig", "Tomt"};
    private static final String[] BILER = {"Volkswagen Golf", "Toyota RAV4", "Tesla Model 3", "Skoda Octavia", "Volvo XC60", "Ford Transit"};
    private static final String[] BAATER = {"Askeladden 19 fot", "Ryds 23 fot", "Yamarin 56", "Buster M"};
    private static final String[] AKSJER = {"Equinor ASA (NO0010096985)", "DNB Bank ASA (NO0010161896)", "Telenor ASA (NO0010063308)",
            "Orkla ASA (NO0003733800)", "Mowi ASA (NO0003054108)"};

    /** Ola Normann, BOSATT: a house in Oslo, an account, a VPS account, a car and a boat. */
    public static final Formuesgode OLA_EIENDOM = new Formuesgode(Formuesgodeart.FAST_EIENDOM, "0301-208/153",
            SyntetiskBefolkning.LEVENDE.foedselsnummer(), "Enebolig, Kirkeveien 12, Oslo (gnr. 208, bnr. 153)", 650_000_000L);
    public static final Formuesgode OLA_BIL = new Formuesgode(Formuesgodeart.KJOERETOEY, "EK12345",
            SyntetiskBefolkning.LEVENDE.foedselsnummer(), "Personbil Volkswagen Golf, 2017", 14_000_000L);

    private SyntetiskeFormuesgoder() {
    }

    public static List<Formuesgode> faste() {
        String ola = SyntetiskBefolkning.LEVENDE.foedselsnummer();
        String fjordlys = SyntetiskBefolkning.AKTIV.organisasjonsnummer();
        return List.of(OLA_EIENDOM, OLA_BIL,
                new Formuesgode(Formuesgodeart.BANKKONTO, konto("1503", 123456), ola, "Brukskonto i Sparebanken Demo", 4_250_000L),
                new Formuesgode(Formuesgodeart.VERDIPAPIR, "050012345678", ola, "VPS-konto: 120 aksjer i Equinor ASA (NO0010096985)", 3_360_000L),
                new Formuesgode(Formuesgodeart.BAAT, "ABC123", ola, "Motorbåt Askeladden 19 fot, 2012", 9_500_000L),
                new Formuesgode(Formuesgodeart.FAST_EIENDOM, "4601-12/34", fjordlys, "Lager og kontorbygg, Sandviksveien 40, Bergen (gnr. 12, bnr. 34)", 1_200_000_000L),
                new Formuesgode(Formuesgodeart.BANKKONTO, konto("3000", 654321), fjordlys, "Driftskonto i Demobanken ASA", 18_700_000L),
                new Formuesgode(Formuesgodeart.KJOERETOEY, "ZT43210", fjordlys, "Varebil Ford Transit, 2021", 28_000_000L),
                new Formuesgode(Formuesgodeart.ANNET_LOESOERE, "CAT320-7781", fjordlys, "Gravemaskin Caterpillar 320, serienr. CAT320-7781", 95_000_000L));
    }

    /**
     * Assets for the bulk population: of living persons about 1 in 2 has an account, 1 in 4 a car, 1 in 6 real
     * property, 1 in 10 a VPS account, 1 in 25 a boat; every active organisation an account, 1 in 3 property, 1 in 2 a van.
     */
    public static List<Formuesgode> for_(List<SyntetiskBefolkning.Person> personer, List<SyntetiskBefolkning.Enhet> enheter, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Formuesgode> ut = new ArrayList<>();
        for (SyntetiskBefolkning.Person p : personer) {
            if (!"BOSATT".equals(p.status())) continue;
            String eier = p.foedselsnummer();
            if (r.nextInt(2) == 0) ut.add(new Formuesgode(Formuesgodeart.BANKKONTO, konto("1" + (200 + r.nextInt(800)), r.nextInt(1_000_000)),
                    eier, "Brukskonto", 100L * r.nextInt(20_000_000)));
            if (r.nextInt(4) == 0) ut.add(new Formuesgode(Formuesgodeart.KJOERETOEY, regnr(r), eier,
                    "Personbil " + BILER[r.nextInt(BILER.length)] + ", " + (2008 + r.nextInt(17)), 100_000L * (20 + r.nextInt(400))));
            if (r.nextInt(6) == 0) ut.add(eiendom(r, eier, BOLIG[r.nextInt(BOLIG.length)]));
            if (r.nextInt(10) == 0) ut.add(new Formuesgode(Formuesgodeart.VERDIPAPIR, String.format("05%010d", r.nextLong(10_000_000_000L)), eier,
                    "VPS-konto: " + (10 + r.nextInt(500)) + " aksjer i " + AKSJER[r.nextInt(AKSJER.length)], 100_000L * (5 + r.nextInt(500))));
            if (r.nextInt(25) == 0) ut.add(new Formuesgode(Formuesgodeart.BAAT, baat(r), eier,
                    "Motorbåt " + BAATER[r.nextInt(BAATER.length)], 100_000L * (30 + r.nextInt(600))));
        }
        for (SyntetiskBefolkning.Enhet e : enheter) {
            if (!"AKTIV".equals(e.status())) continue;
            String eier = e.organisasjonsnummer();
            ut.add(new Formuesgode(Formuesgodeart.BANKKONTO, konto("3" + (100 + r.nextInt(900)), r.nextInt(1_000_000)), eier,
                    "Driftskonto", 100L * r.nextInt(100_000_000)));
            if (r.nextInt(3) == 0) ut.add(eiendom(r, eier, "Næringseiendom"));
            if (r.nextInt(2) == 0) ut.add(new Formuesgode(Formuesgodeart.KJOERETOEY, regnr(r), eier,
                    "Varebil " + BILER[r.nextInt(BILER.length)] + ", " + (2010 + r.nextInt(15)), 100_000L * (50 + r.nextInt(500))));
        }
        return ut;
    }

    private static Formuesgode eiendom(SplittableRandom r, String eier, String slag) {
        String[] k = KOMMUNER[r.nextInt(KOMMUNER.length)];
        int gnr = 1 + r.nextInt(300);
        int bnr = 1 + r.nextInt(999);
        return new Formuesgode(Formuesgodeart.FAST_EIENDOM, k[0] + "-" + gnr + "/" + bnr, eier,
                slag + ", " + k[1] + " (gnr. " + gnr + ", bnr. " + bnr + ")", 100_000_000L * (5 + r.nextInt(150)) / 10);
    }

    /** A valid account number: four digits of bank, then the account, the next that has a check digit. */
    static String konto(String bank, int nummer) {
        for (int n = nummer; ; n = (n + 1) % 1_000_000) {
            String ti = bank + String.format("%06d", n);
            Integer k = Kontonummer.kontrollsiffer(ti);
            if (k != null) return ti + k;
        }
    }

    private static String regnr(SplittableRandom r) {
        String bokstaver = "ABCDEFHJKLNPRSTUVXYZ";
        return "" + bokstaver.charAt(r.nextInt(bokstaver.length())) + bokstaver.charAt(r.nextInt(bokstaver.length()))
                + (10_000 + r.nextInt(90_000));
    }

    private static String baat(SplittableRandom r) {
        String bokstaver = "ABCDEFGHJKLMNPRSTUVWXYZ";
        return "" + bokstaver.charAt(r.nextInt(bokstaver.length())) + bokstaver.charAt(r.nextInt(bokstaver.length()))
                + bokstaver.charAt(r.nextInt(bokstaver.length())) + (100 + r.nextInt(900));
    }
}
