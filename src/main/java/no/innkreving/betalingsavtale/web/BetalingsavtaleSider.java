package no.innkreving.betalingsavtale.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.innkreving.betalingsavtale.Betalingsavtaler;
import no.innkreving.betalingsavtale.Betalingssak;
import no.innkreving.betalingsavtale.Soeknadsfeil;
import no.innkreving.betalingsavtale.TjenestenStengt;
import no.innkreving.parties.Skyldner;
import no.innkreving.platform.innlogging.Skyldnerkontekst;
import no.innkreving.platform.web.Nettside;
import no.innkreving.platform.web.SideFinnesIkke;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The debtor's pages: apply for an instalment plan ({@code /skyldner/betalingsavtale}) or a postponement
 * ({@code /skyldner/utsettelse}) for the party acted for, and see the outcome: approved with its instalments, refused
 * with the reason, or with a caseworker and by when. A case that is not the party's answers 404. Every read of the
 * debtor's data is logged with who read it.
 */
@Controller
@Nettside
class BetalingsavtaleSider {
    private static final Logger log = LoggerFactory.getLogger("innkreving.tilgangslogg");
    private final Betalingsavtaler avtaler;

    BetalingsavtaleSider(Betalingsavtaler avtaler) {
        this.avtaler = avtaler;
    }

    @GetMapping("/skyldner/betalingsavtale")
    String avtaleskjema(Skyldnerkontekst skyldner, Model model) {
        return skjema("skyldner/betalingsavtale", skyldner, model, Map.of(), null);
    }

    @GetMapping("/skyldner/utsettelse")
    String utsettelsesskjema(Skyldnerkontekst skyldner, Model model) {
        return skjema("skyldner/utsettelse", skyldner, model, Map.of(), null);
    }

    @PostMapping("/skyldner/betalingsavtale")
    String soekAvtale(Skyldnerkontekst skyldner, @RequestParam(required = false) List<String> krav,
                      @RequestParam(required = false) String maanedsbeloep, @RequestParam(required = false) String dag,
                      Model model, jakarta.servlet.http.HttpServletResponse res) {
        Map<String, String> feil = new LinkedHashMap<>();
        List<UUID> valgt = valgteKrav(krav, feil);
        Long ore = kroner(maanedsbeloep, feil);
        Integer d = dag(dag, feil);
        Innsendt innsendt = new Innsendt(krav == null ? List.of() : krav, maanedsbeloep, dag, null);
        if (!feil.isEmpty()) return avvist("skyldner/betalingsavtale", skyldner, model, feil, innsendt, res);
        try {
            Betalingssak sak = avtaler.soekBetalingsavtale(skyldner.partIdentifikator(), valgt, ore, d);
            log.info("Instalment plan {} applied for by {} for {}: {}", sak.saksnummer(), skyldner.innlogget().loggnavn(),
                    Skyldner.maskert(skyldner.partIdentifikator()), sak.status());
            return "redirect:/skyldner/betalingssak/" + sak.id();
        } catch (Soeknadsfeil f) {
            feil.put(f.felt(), f.getMessage());
            return avvist("skyldner/betalingsavtale", skyldner, model, feil, innsendt, res);
        } catch (TjenestenStengt s) {
            return skjema("skyldner/betalingsavtale", skyldner, model, Map.of(), innsendt);
        }
    }

    @PostMapping("/skyldner/utsettelse")
    String soekUtsettelse(Skyldnerkontekst skyldner, @RequestParam(required = false) List<String> krav,
                          @RequestParam(required = false) String nyForfallsdato, Model model,
                          jakarta.servlet.http.HttpServletResponse res) {
        Map<String, String> feil = new LinkedHashMap<>();
        List<UUID> valgt = valgteKrav(krav, feil);
        LocalDate dato = null;
        try {
            if (nyForfallsdato == null || nyForfallsdato.isBlank()) feil.put("nyForfallsdato", "Velg ny betalingsfrist.");
            else dato = LocalDate.parse(nyForfallsdato.strip());
        } catch (DateTimeParseException e) {
            feil.put("nyForfallsdato", "Skriv datoen som dd.mm.åååå, for eksempel 15.01.2027.");
        }
        Innsendt innsendt = new Innsendt(krav == null ? List.of() : krav, null, null, nyForfallsdato);
        if (!feil.isEmpty()) return avvist("skyldner/utsettelse", skyldner, model, feil, innsendt, res);
        try {
            Betalingssak sak = avtaler.soekUtsettelse(skyldner.partIdentifikator(), valgt, dato);
            log.info("Postponement {} applied for by {} for {}: {}", sak.saksnummer(), skyldner.innlogget().loggnavn(),
                    Skyldner.maskert(skyldner.partIdentifikator()), sak.status());
            return "redirect:/skyldner/betalingssak/" + sak.id();
        } catch (Soeknadsfeil f) {
            feil.put(f.felt(), f.getMessage());
            return avvist("skyldner/utsettelse", skyldner, model, feil, innsendt, res);
        } catch (TjenestenStengt s) {
            return skjema("skyldner/utsettelse", skyldner, model, Map.of(), innsendt);
        }
    }

    /** The outcome of an application: only the party's own case; anything else is 404. */
    @GetMapping("/skyldner/betalingssak/{id}")
    String sak(@PathVariable String id, Skyldnerkontekst skyldner, Model model) {
        Betalingssak sak = avtaler.sak(uuid(id)).filter(s -> s.skyldner().equals(skyldner.partIdentifikator()))
                .orElseThrow(SideFinnesIkke::new);
        log.info("Payment case {} read by {} for {}", sak.id(), skyldner.innlogget().loggnavn(), Skyldner.maskert(skyldner.partIdentifikator()));
        model.addAttribute("sak", sak);
        model.addAttribute("sidetittel", (sak.slag() == Betalingssak.Slag.BETALINGSAVTALE ? "Betalingsavtale" : "Utsettelse")
                + ", sak " + sak.saksnummer());
        model.addAttribute("krav", avtaler.sakensKrav(sak));
        model.addAttribute("kontonummer", kontonummer(avtaler.kontonummer()));
        return "skyldner/betalingssak";
    }

    /** What the debtor typed, shown again with the errors. */
    record Innsendt(List<String> krav, String maanedsbeloep, String dag, String nyForfallsdato) {
        public boolean valgt(UUID k) {
            return krav.contains(k.toString());
        }
    }

    private String avvist(String side, Skyldnerkontekst skyldner, Model model, Map<String, String> feil, Innsendt innsendt,
                          jakarta.servlet.http.HttpServletResponse res) {
        res.setStatus(422);
        return skjema(side, skyldner, model, feil, innsendt);
    }

    private String skjema(String side, Skyldnerkontekst skyldner, Model model, Map<String, String> feil, Innsendt innsendt) {
        log.info("Open claims of {} read by {} ({})", Skyldner.maskert(skyldner.partIdentifikator()), skyldner.innlogget().loggnavn(), side);
        model.addAttribute("stengt", avtaler.stengt().orElse(null));
        model.addAttribute("krav", avtaler.aapneKrav(skyldner.partIdentifikator()));
        model.addAttribute("saker", avtaler.saker(skyldner.partIdentifikator()));
        model.addAttribute("regler", avtaler.regler());
        model.addAttribute("feil", feil);
        model.addAttribute("innsendt", innsendt);
        model.addAttribute("idag", avtaler.idag());
        model.addAttribute("dager", java.util.stream.IntStream.rangeClosed(1, 28).boxed().toList());
        return side;
    }

    private static List<UUID> valgteKrav(List<String> krav, Map<String, String> feil) {
        List<UUID> valgt = new ArrayList<>();
        if (krav == null || krav.isEmpty()) {
            feil.put("krav", "Velg minst ett krav.");
            return valgt;
        }
        for (String k : krav) {
            try {
                valgt.add(UUID.fromString(k));
            } catch (IllegalArgumentException e) {
                feil.put("krav", "Velg kravene i listen.");
            }
        }
        return valgt;
    }

    /** Kroner as typed: "2000", "2 000" or "2000,50"; at most 2 decimals, above 0. */
    static Long kroner(String tekst, Map<String, String> feil) {
        if (tekst == null || tekst.isBlank()) {
            feil.put("maanedsbeloep", "Skriv hvor mye du kan betale hver måned.");
            return null;
        }
        try {
            String siffer = tekst.replaceAll("[\\s\\u00a0]", "");
            // digits, then at most two øre digits after a comma (or point): no signs, no exponents
            if (!siffer.matches("\\d{1,9}([,.]\\d{1,2})?")) throw new NumberFormatException();
            BigDecimal kr = new BigDecimal(siffer.replace(',', '.'));
            if (kr.scale() > 2 || kr.signum() <= 0 || kr.compareTo(BigDecimal.valueOf(100_000_000)) > 0) throw new NumberFormatException();
            return kr.movePointRight(2).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            feil.put("maanedsbeloep", "Skriv beløpet i kroner, for eksempel 2000 eller 2000,50.");
            return null;
        }
    }

    private static Integer dag(String tekst, Map<String, String> feil) {
        try {
            int d = Integer.parseInt(tekst == null ? "" : tekst.strip());
            if (d >= 1 && d <= 28) return d;
        } catch (NumberFormatException e) {
            // below
        }
        feil.put("dag", "Velg en dag fra 1 til 28.");
        return null;
    }

    /** "76940500121" -> "7694 05 00121", as Norwegian account numbers are printed. */
    static String kontonummer(String k) {
        if (k == null || !k.matches("\\d{11}")) return k;
        return k.substring(0, 4) + " " + k.substring(4, 6) + " " + k.substring(6);
    }

    private static UUID uuid(String s) {
        if (s == null || s.length() != 36) throw new SideFinnesIkke();
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            throw new SideFinnesIkke();
        }
    }
}
