package no.innkreving.garnishment.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.innkreving.garnishment.BesluttetTrekk;
import no.innkreving.garnishment.Husstand;
import no.innkreving.garnishment.Paalegg;
import no.innkreving.garnishment.Prioritetsgruppe;
import no.innkreving.garnishment.Trekkberegning;
import no.innkreving.garnishment.Trekkberegning.AnvendtRegel;
import no.innkreving.garnishment.Trekkgrunnlag;
import no.innkreving.garnishment.Trekkromberegning.UgyldigTrekkgrunnlag;
import no.innkreving.garnishment.Utbetaling;
import no.innkreving.garnishment.Utbetalingsart;

/**
 * The garnishment rule for one payment and one month: dekningsloven § 2-7 (what may be taken) and § 2-8 (who gets it),
 * with the dated figures of {@link Regeldata}. Amounts in øre; what may be taken is whole kroner, rounded in the
 * debtor's favour (the need up, the room down). Every step writes a Norwegian line naming its rule.
 */
public final class Trekkregel {
    /** Dekningsloven (lov 8. juni 1984 nr. 59) came into force 1 January 1986. */
    static final LocalDate DEKNINGSLOVEN = LocalDate.of(1986, 1, 1);
    static final LocalDate LIVSOPPHOLDSFORSKRIFTEN = LocalDate.of(2014, 7, 1);

    private final Regeldata data;

    public Trekkregel(Regeldata data) {
        this.data = data;
    }

    public Trekkberegning beregn(Trekkgrunnlag g) {
        LocalDate dato = g.beregningsdato();
        Livsoppholdssats sats = data.sats(dato).orElseThrow(() -> new UgyldigTrekkgrunnlag("beregningsdato",
                "Ingen livsoppholdssatser (forskrift 13. juni 2014 nr. 724) er registrert for " + dato
                + "; satsene gjelder fra 1. juli 2014 og er registrert for årene i regeldataene"));
        List<String> forklaring = new ArrayList<>();
        List<AnvendtRegel> regler = new ArrayList<>();
        Utbetaling u = g.utbetaling();

        // § 2-7 first paragraph: garnishment is taken from the wage after advance tax
        long brutto = u.bruttoOre() + u.feriepengerOre();
        long netto = brutto - u.forskuddstrekkOre();
        forklaring.add("Nettoinntekt: brutto " + kr(u.bruttoOre())
                + (u.feriepengerOre() > 0 ? " + feriepenger " + kr(u.feriepengerOre()) : "")
                + " − forskuddstrekk " + kr(u.forskuddstrekkOre()) + " = " + kr(netto)
                + " per måned (dekningsloven § 2-7 første ledd: trekk tas i lønn etter fradrag av forskuddstrekk).");
        regler.add(new AnvendtRegel("Trekk tas i lønn og lignende ytelser etter fradrag av forskuddstrekk",
                "dekningsloven § 2-7 første og annet ledd", DEKNINGSLOVEN, true));
        if (u.feriepengerOre() > 0) {
            forklaring.add("Feriepenger " + kr(u.feriepengerOre()) + " er lønn og regnes med i trekkgrunnlaget (dekningsloven § 2-7 første ledd; "
                           + "den som har pålagt trekket bestemmer om det stanses i feriemåneden, kildedokument 004).");
        }
        regler.add(new AnvendtRegel("Feriepenger er lønn; den som påla trekket bestemmer om trekket stanses når feriepenger utbetales",
                "dekningsloven § 2-7 første ledd; kildedokument 004 (NAV, rundskriv til ftrl. kap. 22 vedlegg 8)", DEKNINGSLOVEN,
                u.feriepengerOre() > 0));

        // better-priority deductions already decided come off first (§ 2-7 first paragraph, second sentence)
        long bedre = g.trekkMedBedrePrioritet().stream().mapToLong(BesluttetTrekk::beloepPerMaanedOre).sum();
        long disponibelt = Math.max(0, netto - bedre);
        if (bedre > 0) {
            StringBuilder s = new StringBuilder();
            for (BesluttetTrekk b : g.trekkMedBedrePrioritet()) {
                if (!s.isEmpty()) s.append(", ");
                s.append(b.id()).append(" (gruppe ").append(b.prioritetsgruppe().bokstav()).append(", besluttet ")
                        .append(norsk(b.besluttet())).append(") ").append(kr(b.beloepPerMaanedOre()));
            }
            forklaring.add("Besluttet trekk med bedre prioritet går foran: " + s + "; igjen " + kr(netto) + " − " + kr(bedre)
                           + " = " + kr(disponibelt) + " (dekningsloven § 2-7 første ledd annet punktum: det som er tilbake av nettolønnen "
                           + "etter allerede besluttede trekk med bedre prioritet).");
        }
        regler.add(new AnvendtRegel("Besluttet trekk med bedre prioritet trekkes fra før trekkrommet beregnes",
                "dekningsloven § 2-7 første ledd annet punktum", DEKNINGSLOVEN, bedre > 0));

        // the household's need: subsistence rates (20 % off from the fourth person, on the youngest), housing, other costs
        Husstand h = g.husstand();
        long livsopphold = sats.voksen(h.skyldner());
        forklaring.add("Livsopphold for " + Livsoppholdssats.voksentekst(h.skyldner()) + ": " + kr(sats.voksen(h.skyldner()))
                       + " (forskrift 13. juni 2014 nr. 724, sats fra " + norsk(sats.gyldigFra()) + ").");
        List<Integer> barn = h.barnAlder().stream().sorted(Comparator.reverseOrder()).toList();
        boolean redusert = false;
        for (int i = 0; i < barn.size(); i++) {
            int personnr = h.skyldner().antallVoksne() + i + 1;
            int alder = barn.get(i);
            long full = sats.barn(alder);
            if (personnr >= data.reduksjonFraPerson()) {
                long red = full * (100 - data.reduksjonProsent()) / 100;
                redusert = true;
                livsopphold += red;
                forklaring.add("Barn " + alder + " år (" + Livsoppholdssats.aldersklasse(alder) + "), person nr. " + personnr
                               + " i husstanden: " + kr(full) + " − " + data.reduksjonProsent() + " % = " + kr(red)
                               + " (forskrift 13. juni 2014 nr. 724: fradrag fra og med person nr. " + data.reduksjonFraPerson()
                               + ", gjort for de yngste barna).");
            } else {
                livsopphold += full;
                forklaring.add("Barn " + alder + " år (" + Livsoppholdssats.aldersklasse(alder) + "): " + kr(full)
                               + " (forskrift 13. juni 2014 nr. 724, sats fra " + norsk(sats.gyldigFra()) + ").");
            }
        }
        regler.add(new AnvendtRegel("Livsoppholdssatser for skyldneren og husstanden", "forskrift 13. juni 2014 nr. 724; " + sats.kilde(),
                sats.gyldigFra(), true));
        if (data.satsErUtdatert(sats, dato)) {
            forklaring.add("Merk: satsene fra 1. juli " + sats.gyldigFra().plusYears(1).getYear() + " er ikke registrert i regeldataene; "
                           + "de siste registrerte satsene (fra " + norsk(sats.gyldigFra()) + ") er brukt (forskriften § 6: satsene justeres "
                           + "hvert år fra 1. juli). Beregningen bør kontrolleres når satsene er oppdatert.");
        }
        regler.add(new AnvendtRegel("Fradrag på " + data.reduksjonProsent() + " % i satsen fra og med person nr. " + data.reduksjonFraPerson()
                                    + " i husstanden", data.reduksjonKilde(), LIVSOPPHOLDSFORSKRIFTEN, redusert));
        long livsoppholdHeleKroner = oppTilKroner(livsopphold);
        long behov = livsoppholdHeleKroner + g.boutgifterOre() + g.andreGodkjenteUtgifterOre();
        forklaring.add("Livsoppholdsbehov: livsopphold " + kr(livsoppholdHeleKroner)
                       + (livsoppholdHeleKroner != livsopphold ? " (" + kr(livsopphold) + " rundet opp til hele kroner)" : "")
                       + " + boutgifter " + kr(g.boutgifterOre()) + " + andre godkjente utgifter (som barnepass) "
                       + kr(g.andreGodkjenteUtgifterOre()) + " = " + kr(behov)
                       + " (dekningsloven § 2-7 første ledd: det som med rimelighet trengs til underhold av skyldneren og husstanden).");
        if (g.boutgifterOre() == 0) {
            forklaring.add("Ingen boutgifter er oppgitt; behovet er regnet uten boutgifter (dekningsloven § 2-7 første ledd: rimelige "
                           + "boutgifter skal dekkes når de er kjent).");
        }
        regler.add(new AnvendtRegel("Rimelige boutgifter og andre nødvendige utgifter (som barnepass) kommer i tillegg til satsene",
                "dekningsloven § 2-7 første ledd; forskrift 13. juni 2014 nr. 724", DEKNINGSLOVEN,
                g.boutgifterOre() + g.andreGodkjenteUtgifterOre() > 0));

        // § 2-7 first paragraph: only what exceeds the need may be taken, never below zero, never more than this payment
        long annen = h.annenInntektOre();
        long overskudd = disponibelt + annen - behov;
        long rom = nedTilKroner(Math.max(0, Math.min(disponibelt, overskudd)));
        if (annen > 0) {
            forklaring.add("Husstandens andre inntekter " + kr(annen) + " per måned regnes med (dekningsloven § 2-7 første ledd; "
                           + "skattebetalingsforskriften § 14-4-3: skyldnerens samlede inntekt og husstandens inntekter).");
        }
        regler.add(new AnvendtRegel("Husstandens samlede inntekt regnes med", "dekningsloven § 2-7 første ledd; skattebetalingsforskriften § 14-4-3",
                DEKNINGSLOVEN, annen > 0));
        if (overskudd <= 0) {
            forklaring.add("Inntekten " + kr(disponibelt) + (annen > 0 ? " + " + kr(annen) : "") + " dekker ikke livsoppholdsbehovet "
                           + kr(behov) + ": ingenting kan trekkes (dekningsloven § 2-7 første ledd; trekket blir aldri under null).");
        } else {
            forklaring.add("Trekkrom etter § 2-7: " + kr(disponibelt) + (annen > 0 ? " + " + kr(annen) : "") + " − " + kr(behov)
                           + " = " + kr(overskudd)
                           + (overskudd > disponibelt ? ", men aldri mer enn det som er igjen av denne utbetalingen, " + kr(disponibelt) : "")
                           + (rom != Math.min(disponibelt, overskudd) ? ", rundet ned til hele kroner" : "")
                           + (rom != overskudd ? ": " + kr(rom) : "") + " per måned (dekningsloven § 2-7 første ledd).");
        }
        regler.add(new AnvendtRegel("Trekk bare i det som overstiger det som trengs til livsopphold; aldri under null",
                "dekningsloven § 2-7 første ledd", DEKNINGSLOVEN, true));

        // the 60 % cap of source document 004: dated, switchable, and always said whether it applied
        Sekstiprosentregel seksti = data.seksti();
        long grense = Math.max(0, nedTilKroner(brutto * seksti.prosent() / 100) - u.forskuddstrekkOre() - bedre);
        boolean unntatt = h.inntektenErRommelig() || u.art() == Utbetalingsart.BIINNTEKT;
        boolean sekstiAnvendt = seksti.gjelder(dato) && !unntatt;
        String sekstiregning = seksti.prosent() + " % av " + kr(brutto) + " = " + kr(nedTilKroner(brutto * seksti.prosent() / 100))
                               + " − forskuddstrekk " + kr(u.forskuddstrekkOre()) + (bedre > 0 ? " − trekk med bedre prioritet " + kr(bedre) : "")
                               + " = " + kr(grense);
        if (sekstiAnvendt) {
            if (grense < rom) {
                forklaring.add("60 %-grensen anvendt og binder: " + sekstiregning + "; trekkrommet settes ned fra " + kr(rom) + " til "
                               + kr(grense) + " (" + seksti.kilde() + ").");
                rom = grense;
            } else {
                forklaring.add("60 %-grensen anvendt, men binder ikke: " + sekstiregning + " ≥ trekkrommet " + kr(rom) + " (" + seksti.kilde() + ").");
            }
        } else if (!seksti.gjelder(dato)) {
            forklaring.add("60 %-grensen er ikke anvendt: den er ikke funnet gjeldende og er slått av"
                           + (unntatt ? "" : grense < rom ? " (anvendt ville den ha satt trekkrommet ned til " + kr(grense) + ")"
                                   : " (anvendt ville den ikke ha bundet: " + kr(grense) + ")")
                           + " (" + seksti.kilde() + ").");
        } else {
            forklaring.add("60 %-grensen er ikke anvendt: " + (u.art() == Utbetalingsart.BIINNTEKT ? "trekket gjelder en biinntekt"
                    : "inntekten er rommelig") + " (" + seksti.kilde() + ").");
        }
        regler.add(new AnvendtRegel("Forskuddstrekk og utleggstrekk til sammen høyst " + seksti.prosent() + " % av utbetalingen, "
                                    + "unntatt rommelig inntekt og biinntekt", seksti.kilde(), seksti.gyldigFra(), sekstiAnvendt));

        List<Long> tildelt = fordel(g, rom, forklaring, regler);
        List<Trekkberegning.Trekk> trekk = new ArrayList<>();
        long sum = 0;
        for (int i = 0; i < g.paalegg().size(); i++) {
            trekk.add(new Trekkberegning.Trekk(g.paalegg().get(i).id(), tildelt.get(i)));
            sum += tildelt.get(i);
        }
        if (!g.paalegg().isEmpty()) {
            forklaring.add("Samlet trekk " + kr(sum) + " av et trekkrom på " + kr(rom) + " per måned (dekningsloven §§ 2-7 og 2-8).");
        }
        return new Trekkberegning(netto, behov, rom, trekk, forklaring, regler);
    }

    /** § 2-8: better group first; within a group the dated sharing rule; what each order may take at most first. */
    private List<Long> fordel(Trekkgrunnlag g, long rom, List<String> forklaring, List<AnvendtRegel> regler) {
        LocalDate dato = g.beregningsdato();
        List<Paalegg> alle = g.paalegg();
        long[] krav = new long[alle.size()];
        boolean periodeAnvendt = false, unntakAnvendt = false, betaltAnvendt = false, feriestans = false;
        for (int i = 0; i < alle.size(); i++) {
            Paalegg p = alle.get(i);
            Integer maaneder = p.trekkperiodeMaaneder() != null ? p.trekkperiodeMaaneder() : data.trekkperioder().get(p.prioritetsgruppe());
            if (dato.isBefore(p.besluttet())) {
                forklaring.add(p.id() + ": besluttet " + norsk(p.besluttet()) + ", etter beregningsdatoen; ikke noe trekk ennå (dekningsloven § 2-7 tredje ledd: perioden regnes fra beslutningen).");
                continue;
            }
            if (maaneder != null && !dato.isBefore(p.besluttet().plusMonths(maaneder))) {
                periodeAnvendt = true;
                forklaring.add(p.id() + ": trekkperioden på " + maaneder + " måneder fra " + norsk(p.besluttet()) + " er ute "
                               + norsk(p.besluttet().plusMonths(maaneder).minusDays(1)) + "; ikke noe trekk (dekningsloven § 2-7 tredje ledd: "
                               + "2 år, 5 år for skatt, bøter og erstatning, ingen grense for bidrag).");
                continue;
            }
            if (p.gjenstaaendeOre() != null && p.gjenstaaendeOre() == 0) {
                betaltAnvendt = true;
                forklaring.add(p.id() + ": kravene er betalt; trekket stanser (trekk tas bare til dekning av kravet, dekningsloven § 2-7).");
                continue;
            }
            if (g.utbetaling().feriepengerOre() > 0 && p.stansVedFeriepenger()) {
                feriestans = true;
                forklaring.add(p.id() + ": pålegget sier at trekket stanses i måneder med feriepenger; ikke noe trekk denne måneden (kildedokument 004).");
                continue;
            }
            if (g.skyldnerGjoerHvaDenEvner() && p.prioritetsgruppe() == Prioritetsgruppe.E) {
                unntakAnvendt = true;
                forklaring.add(p.id() + ": skyldneren gjør hva den evner for å betale og begunstiger ingen fordringshaver utilbørlig; "
                               + "trekk for krav i gruppe e tas ikke (dekningsloven § 2-7 fjerde ledd; unntaket gjelder ikke krav i § 2-8 bokstav a–d).");
                continue;
            }
            periodeAnvendt = true;
            forklaring.add(p.id() + " (gruppe " + p.prioritetsgruppe().bokstav() + ", besluttet " + norsk(p.besluttet()) + "): "
                           + (maaneder == null ? "ingen tidsgrense for trekket"
                              : "trekkperioden på " + maaneder + " måneder løper til og med " + norsk(p.besluttet().plusMonths(maaneder).minusDays(1)))
                           + " (dekningsloven § 2-7 tredje ledd).");
            long k = p.beloepPerMaanedOre();
            if (p.gjenstaaendeOre() != null && p.gjenstaaendeOre() < k) {
                betaltAnvendt = true;
                k = p.gjenstaaendeOre();
                forklaring.add(p.id() + ": bare " + kr(k) + " gjenstår av kravene; mer enn det trekkes ikke (dekningsloven § 2-7: trekk tas bare til dekning av kravet).");
            }
            krav[i] = k;
        }
        regler.add(new AnvendtRegel("Trekkperiode fra beslutningen: 2 år; 5 år for skatt, bøter og erstatning; ingen grense for bidrag",
                data.trekkperiodeKilde(), DEKNINGSLOVEN, periodeAnvendt));
        regler.add(new AnvendtRegel("Trekket stanser når kravene er betalt, og tar aldri mer enn det som gjenstår",
                "dekningsloven § 2-7; tvangsfullbyrdelsesloven kapittel 7", DEKNINGSLOVEN, betaltAnvendt));
        regler.add(new AnvendtRegel("Ikke trekk når skyldneren gjør hva den evner og ikke begunstiger noen (ikke for krav i § 2-8 bokstav a–d)",
                "dekningsloven § 2-7 fjerde ledd", DEKNINGSLOVEN, unntakAnvendt));
        if (feriestans) {
            regler.add(new AnvendtRegel("Trekket stanses i måneder med feriepenger når pålegget sier det", "kildedokument 004", DEKNINGSLOVEN, true));
        }

        long[] gitt = new long[alle.size()];
        long igjen = rom;
        boolean flereGrupperEllerKnapt = false;
        Map<Fordelingsregel, Boolean> brukteRegler = new LinkedHashMap<>();
        for (Prioritetsgruppe gruppe : Prioritetsgruppe.values()) {
            List<Integer> i = new ArrayList<>();
            long samlet = 0;
            for (int j = 0; j < alle.size(); j++) {
                if (alle.get(j).prioritetsgruppe() == gruppe && krav[j] > 0) {
                    i.add(j);
                    samlet += krav[j];
                }
            }
            if (i.isEmpty()) continue;
            Fordelingsregel regel = data.fordeling(dato, gruppe);
            if (samlet <= igjen) {
                for (int j : i) gitt[j] = krav[j];
                igjen -= samlet;
                forklaring.add("Gruppe " + gruppe.bokstav() + " (" + gruppetekst(gruppe) + "): " + liste(alle, i, gitt)
                               + " dekkes fullt; igjen " + kr(igjen) + " (dekningsloven § 2-8 første ledd).");
                brukteRegler.putIfAbsent(regel, false);
                continue;
            }
            flereGrupperEllerKnapt = true;
            if (i.size() == 1) {
                // one order alone in its group: no sharing rule is needed, and no basis for one
                int j = i.getFirst();
                gitt[j] = Math.min(krav[j], nedTilKroner(igjen));
                igjen -= gitt[j];
                brukteRegler.putIfAbsent(regel, false);
                forklaring.add("Gruppe " + gruppe.bokstav() + " (" + gruppetekst(gruppe) + "): " + liste(alle, i, gitt)
                               + ", det som er igjen av trekkrommet (dekningsloven § 2-8 første ledd).");
                continue;
            }
            brukteRegler.put(regel, true);
            if (regel.metode() == Fordelingsregel.Metode.FOERST_I_TID) {
                List<Integer> ordnet = i.stream().sorted(Comparator.comparing((Integer j) -> alle.get(j).besluttet())
                        .thenComparing(j -> alle.get(j).id())).toList();
                for (int j : ordnet) {
                    long x = Math.min(krav[j], nedTilKroner(igjen));
                    gitt[j] = x;
                    igjen -= x;
                }
                forklaring.add("Gruppe " + gruppe.bokstav() + " (" + gruppetekst(gruppe) + "): rommet " + kr(samletGitt(i, gitt) + igjen)
                               + " dekker ikke " + kr(samlet) + "; først besluttet dekkes først: " + liste(alle, ordnet, gitt)
                               + " (" + regel.kilde() + ").");
            } else {
                long[] vekt = new long[alle.size()];
                for (int j : i) {
                    Paalegg p = alle.get(j);
                    if (regel.grunnlag() == Fordelingsregel.Grunnlag.GJENSTAAENDE_MED_RENTER) {
                        if (p.gjenstaaendeOre() == null) {
                            throw new UgyldigTrekkgrunnlag("paalegg[" + j + "].gjenstaaendeKrav", "Pålegg " + p.id()
                                    + " mangler gjenstående krav, som er grunnlaget for forholdsmessig fordeling fra "
                                    + norsk(regel.gyldigFra()) + " (" + regel.kilde() + ")");
                        }
                        vekt[j] = p.gjenstaaendeOre();
                    } else {
                        vekt[j] = p.beloepPerMaanedOre();
                    }
                }
                long foer = igjen;
                igjen -= delForholdsmessig(i, krav, vekt, gitt, nedTilKroner(igjen));
                forklaring.add("Gruppe " + gruppe.bokstav() + " (" + gruppetekst(gruppe) + "): rommet " + kr(foer) + " dekker ikke "
                               + kr(samlet) + "; delt forholdsmessig etter "
                               + (regel.grunnlag() == Fordelingsregel.Grunnlag.PAALAGT_BELOEP ? "pålagte beløp" : "gjenstående beløp med påløpte renter")
                               + " (" + vekter(alle, i, vekt) + "): " + liste(alle, i, gitt) + " (" + regel.kilde() + ").");
            }
        }
        for (int j = 0; j < alle.size(); j++) {
            if (krav[j] > 0 && gitt[j] == 0) {
                forklaring.add(alle.get(j).id() + " (gruppe " + alle.get(j).prioritetsgruppe().bokstav() + ") får ikke noe: "
                               + (rom == 0 ? "trekkrommet er 0 (dekningsloven § 2-7)."
                                  : "pålegg med bedre prioritet eller som går foran i gruppen tar hele trekkrommet (dekningsloven § 2-8)."));
            }
        }
        long grupper = alle.stream().filter(p -> p.beloepPerMaanedOre() > 0).map(Paalegg::prioritetsgruppe).distinct().count();
        regler.add(new AnvendtRegel("Prioritetsgrupper: a bidrag, b erstatning for straffbar handling, c bøter, d skatt og offentlige avgifter, "
                                    + "e andre krav; bedre gruppe dekkes først", "dekningsloven § 2-8 første ledd", DEKNINGSLOVEN,
                grupper > 1 || flereGrupperEllerKnapt));
        for (Map.Entry<Fordelingsregel, Boolean> e : brukteRegler.entrySet()) {
            Fordelingsregel r = e.getKey();
            regler.add(new AnvendtRegel(r.regel() + " (gruppe " + String.join(", ", r.grupper().stream().sorted().map(Prioritetsgruppe::bokstav).toList()) + ")",
                    r.kilde(), r.gyldigFra(), e.getValue()));
        }
        List<Long> ut = new ArrayList<>();
        for (long x : gitt) ut.add(x);
        return ut;
    }

    /**
     * Shares {@code rom} (whole kroner) by weight, no order above what it asks: shares are floored to whole kroner, the
     * kroner left go one by one to the largest remainders (then the earliest in the list), and an order that would get
     * more than it asks is filled and the rest shared again among the others.
     */
    static long delForholdsmessig(List<Integer> i, long[] krav, long[] vekt, long[] gitt, long rom) {
        List<Integer> aapne = new ArrayList<>(i);
        long igjen = rom;
        while (!aapne.isEmpty() && igjen > 0) {
            long vektsum = 0;
            for (int j : aapne) vektsum += vekt[j];
            if (vektsum == 0) break;
            // an order whose share reaches what it asks is filled first, and the rest shared again
            List<Integer> fulle = new ArrayList<>();
            for (int j : aapne) {
                if (java.math.BigInteger.valueOf(igjen).multiply(java.math.BigInteger.valueOf(vekt[j]))
                            .compareTo(java.math.BigInteger.valueOf(krav[j] - gitt[j]).multiply(java.math.BigInteger.valueOf(vektsum))) >= 0) {
                    fulle.add(j);
                }
            }
            if (!fulle.isEmpty()) {
                for (int j : fulle) {
                    igjen -= krav[j] - gitt[j];
                    gitt[j] = krav[j];
                }
                aapne.removeAll(fulle);
                continue;
            }
            long kroner = igjen / 100;
            long[] rest = new long[gitt.length];
            long delt = 0;
            for (int j : aapne) {
                java.math.BigInteger[] qr = java.math.BigInteger.valueOf(kroner).multiply(java.math.BigInteger.valueOf(vekt[j]))
                        .divideAndRemainder(java.math.BigInteger.valueOf(vektsum));
                gitt[j] += qr[0].longValueExact() * 100;
                rest[j] = qr[1].longValueExact();
                delt += qr[0].longValueExact();
            }
            long overskytende = kroner - delt;
            List<Integer> etterRest = aapne.stream().sorted(Comparator.comparing((Integer j) -> -rest[j]).thenComparing(aapne::indexOf)).toList();
            igjen -= (kroner - overskytende) * 100;
            for (int n = 0; n < overskytende; n++) {
                // never above what the order asks (it may end in øre); a part of a krone left stays untaken
                int j = etterRest.get(n);
                long x = Math.min(100, krav[j] - gitt[j]);
                gitt[j] += x;
                igjen -= x;
            }
            break;
        }
        return rom - igjen;
    }

    private static long samletGitt(List<Integer> i, long[] gitt) {
        long s = 0;
        for (int j : i) s += gitt[j];
        return s;
    }

    private static String liste(List<Paalegg> alle, List<Integer> i, long[] gitt) {
        List<String> s = new ArrayList<>();
        for (int j : i) {
            Paalegg p = alle.get(j);
            s.add(p.id() + " (besluttet " + norsk(p.besluttet()) + ") " + kr(gitt[j]) + " av " + kr(p.beloepPerMaanedOre()));
        }
        return String.join(", ", s);
    }

    private static String vekter(List<Paalegg> alle, List<Integer> i, long[] vekt) {
        List<String> s = new ArrayList<>();
        for (int j : i) s.add(alle.get(j).id() + " " + kr(vekt[j]));
        return String.join(", ", s);
    }

    static String gruppetekst(Prioritetsgruppe g) {
        return switch (g) {
            case A -> "lovbestemt forsørgelsesplikt";
            case B -> "erstatning for skade voldt ved straffbar handling";
            case C -> "bøter og inndragning";
            case D -> "skatt og offentlige avgifter";
            case E -> "andre krav";
        };
    }

    static long nedTilKroner(long ore) {
        return Math.floorDiv(ore, 100) * 100;
    }

    static long oppTilKroner(long ore) {
        return Math.floorDiv(ore + 99, 100) * 100;
    }

    private static final String[] MAANEDER = {"januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
            "september", "oktober", "november", "desember"};

    static String norsk(LocalDate d) {
        return d.getDayOfMonth() + ". " + MAANEDER[d.getMonthValue() - 1] + " " + d.getYear();
    }

    /** Kroner as Norwegian text: "10 412 kr", "2 665,60 kr". */
    static String kr(long ore) {
        long k = Math.abs(ore) / 100, o = Math.abs(ore) % 100;
        String s = String.format(java.util.Locale.ROOT, "%,d", k).replace(',', ' ');
        return (ore < 0 ? "−" : "") + s + (o != 0 ? String.format(java.util.Locale.ROOT, ",%02d", o) : "") + " kr";
    }
}
