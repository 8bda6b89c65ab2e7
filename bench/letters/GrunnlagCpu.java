import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.innkreving.letters.Brev;
import no.innkreving.letters.Brevslag;
import no.innkreving.letters.Fasttekst;
import no.innkreving.letters.layout.Part;
import no.innkreving.letters.persistence.Brevgrunnlag;
import no.innkreving.parties.Skyldner;

/**
 * CPU of writing one «Melding om motregning» letter's grunnlag (Brevgrunnlag.skriv: fixed paragraphs to references,
 * Jackson's JSON), warmed, on one thread: what an offset run pays for it once the JIT has compiled it. Run against
 * the built jar (bench/letters/grunnlag-cpu.sh).
 */
public class GrunnlagCpu {
    public static void main(String[] a) {
        String f1 = Fasttekst.fast("Vi har bare motregnet krav som var forfalt til betaling, og ikke krav der innkrevingen er stanset fordi en "
                + "klage har fått utsatt iverksettelse eller du har fått betalingsutsettelse. En betalingsavtale hindrer ikke motregning. "
                + "Eldste forfall er dekket først, og renter og gebyrer før hovedstol.");
        String f2 = Fasttekst.fast("Kravene er redusert med det som er motregnet. Det som eventuelt står igjen av et krav, skal fortsatt betales.");
        String f3 = Fasttekst.fast("Du kan klage på motregningen innen én måned etter at du fikk denne meldingen, for eksempel hvis du trenger "
                + "pengene for å ha noe å leve av. Klagen stanser ikke motregningen. Har du allerede betalt et av kravene, får du tilbake "
                + "det du har betalt for mye.");
        List<Brev> brev = new ArrayList<>();
        List<Part> parter = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            var s = new Skyldner.Organisasjon("974761076");
            var slag = new Brevslag.Melding("MOTREGNING", "Melding om motregning", "Referanse", "Til gode i alt",
                    List.of("Du har " + (1000 + i) + " 234,56 kr til gode fra staten (skatteoppgjør, til utbetaling 20.06.2026, referanse SKATT-"
                            + i + "). Fordi du har forfalte krav hos oss, har vi brukt 12 345,67 kr av beløpet til å betale disse kravene "
                            + "(motregning). Motregningen gjelder fra 20.06.2026.", f1),
                    List.of("Resten, 5 432,10 kr, utbetales til kontonummer **** ** 0111.", f2, f3));
            brev.add(new Brev(slag, "SKATT-" + i, LocalDate.of(2026, 12, 3), s,
                    new Brev.Kravomtale("NAV", "Tilbakekreving av barnetrygd", "NAV-" + i, null, false),
                    List.of(new Brev.Linje("Motregnet i tilbakekreving av barnetrygd (saksnr. NAV-" + i + ")", 1_234_567),
                            new Brev.Linje("Utbetales til konto **** ** 0111", 543_210)), null));
            parter.add(new Part("Ukjent mottaker", s, List.of(), null, null, "NO"));
        }
        ThreadMXBean t = ManagementFactory.getThreadMXBean();
        long bytes = 0;
        for (int runde = 0; runde < 6; runde++) {
            long c0 = t.getCurrentThreadCpuTime();
            for (int k = 0; k < 100; k++) for (int i = 0; i < 2000; i++) bytes += Brevgrunnlag.skriv(brev.get(i), parter.get(i)).json().length;
            System.out.printf("round %d: %.2f µs CPU a letter (Brevgrunnlag.skriv)%n", runde, (t.getCurrentThreadCpuTime() - c0) / 200_000 / 1000.0);
        }
        System.out.println("a letter's grunnlag: " + Brevgrunnlag.skriv(brev.get(0), parter.get(0)).json().length + " bytes (" + bytes + " written)");
    }
}
