package no.innkreving.limitation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import no.innkreving.limitation.Foreldelse;
import no.innkreving.limitation.Foreldelsesregler;
import no.innkreving.limitation.Fristavbrudd;
import no.innkreving.limitation.Fristavbrudd.Slag;
import no.innkreving.limitation.Kravlinjegrunnlag;
import no.innkreving.limitation.Linjetype;
import org.junit.jupiter.api.Test;

/**
 * Worked examples, each derived by hand from foreldelsesloven (lov 18. mai 1979 nr. 18): § 2 (3 years), § 3 nr. 1
 * (start), § 10 nr. 1 and 4 (tilleggsfrist and its 10-year limit), §§ 14, 17 nr. 2, 20, 21 (interruptions and the
 * new period), § 29 nr. 1 (same day number; else the month's last day) and nr. 2 (weekend or holiday: next business
 * day). Weekdays checked in a calendar.
 */
class ForeldelsesberegningTest {

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static Foreldelse beregn(Kravlinjegrunnlag linje, Fristavbrudd... avbrudd) {
        return Foreldelsesregler.beregn(linje, List.of(avbrudd));
    }

    @Test
    void hovedstolFraFastsettelsesdato() {
        // Start 15.03.2024 (§ 3 nr. 1). + 3 years (§ 2) = 15.03.2027 (§ 29 nr. 1), a Monday: last day 15.03.2027,
        // time-barred from 16.03.2027.
        Foreldelse f = beregn(Kravlinjegrunnlag.hovedstol(d("2024-03-15")));

        assertThat(f.dato()).isEqualTo(d("2027-03-15"));
        assertThat(f.foreldetFraOgMed()).isEqualTo(d("2027-03-16"));
        assertThat(f.forklaring()).anySatisfy(s -> assertThat(s).contains("fastsettelsesdatoen 15.03.2024", "§ 3 nr. 1"));
        assertThat(f.forklaring()).anySatisfy(s -> assertThat(s).contains("3 år", "§ 2", "15.03.2027"));
    }

    @Test
    void hovedstolFraForeldelsesfristensUtgangspunkt() {
        // Decision 01.02.2024, but the period starts at the first wrong payment 01.09.2023 (document 003).
        // 01.09.2023 + 3 years = 01.09.2026, a Tuesday. The fastsettelsesdato does not count.
        var linje = new Kravlinjegrunnlag(Linjetype.HOVEDSTOL, d("2024-02-01"), d("2023-09-01"), null, null);

        Foreldelse f = beregn(linje);

        assertThat(f.dato()).isEqualTo(d("2026-09-01"));
        assertThat(f.forklaring().getFirst()).contains("foreldelsesfristens utgangspunkt 01.09.2023");
    }

    @Test
    void tilleggsfristForlengerFristen() {
        // Start 10.05.2023, + 3 years = 10.05.2026. The creditor learnt of the claim 03.02.2026: foreldelse no earlier
        // than 03.02.2027 (§ 10 nr. 1), later than 10.05.2026 and far inside the 10-year limit (10.05.2036, § 10 nr. 4).
        // 03.02.2027 is a Wednesday.
        var linje = new Kravlinjegrunnlag(Linjetype.HOVEDSTOL, d("2023-05-10"), null, d("2026-02-03"), null);

        Foreldelse f = beregn(linje);

        assertThat(f.dato()).isEqualTo(d("2027-02-03"));
        assertThat(f.forklaring()).anySatisfy(s -> assertThat(s).contains("03.02.2026", "§ 10 nr. 1", "03.02.2027"));
    }

    @Test
    void tilleggsfristensYttergrenseBegrenserDen() {
        // Start 04.01.2010, + 3 years = 04.01.2013. Knowledge 01.06.2022 would give 01.06.2023 (§ 10 nr. 1), but the
        // period may not be lengthened by more than 10 years in all (§ 10 nr. 4): 04.01.2013 + 10 years = 04.01.2023,
        // a Wednesday.
        var linje = new Kravlinjegrunnlag(Linjetype.HOVEDSTOL, d("2010-01-04"), null, d("2022-06-01"), null);

        Foreldelse f = beregn(linje);

        assertThat(f.dato()).isEqualTo(d("2023-01-04"));
        assertThat(f.forklaring()).anySatisfy(s -> assertThat(s).contains("10 år", "§ 10 nr. 4", "04.01.2023"));
    }

    @Test
    void tilleggsfristSomEnderFoerDenAlminneligeForlengerIkke() {
        // Start 15.03.2024 ends 15.03.2027; knowledge 01.01.2025 gives 01.01.2026, earlier: 15.03.2027 stands.
        var linje = new Kravlinjegrunnlag(Linjetype.HOVEDSTOL, d("2024-03-15"), null, d("2025-01-01"), null);

        assertThat(beregn(linje).dato()).isEqualTo(d("2027-03-15"));
    }

    @Test
    void delbetalingGirNyFrist() {
        // Start 15.03.2024, period to 15.03.2027. A part payment 05.10.2026 is an acknowledgement (§ 14) within the
        // period; a new period of the original length, 3 years (§ 20), runs from it: 05.10.2029, a Friday.
        Foreldelse f = beregn(Kravlinjegrunnlag.hovedstol(d("2024-03-15")), new Fristavbrudd(d("2026-10-05"), Slag.DELBETALING));

        assertThat(f.dato()).isEqualTo(d("2029-10-05"));
        assertThat(f.forklaring()).anySatisfy(s -> assertThat(s).contains("Delbetaling 05.10.2026", "§ 14", "§ 20", "05.10.2029"));
    }

    @Test
    void delbetalingEtterForeldelseAvbryterIkke() {
        // The period ended 15.03.2027 (a Monday); a payment 20.04.2027 comes after foreldelse and revives nothing.
        Foreldelse f = beregn(Kravlinjegrunnlag.hovedstol(d("2024-03-15")), new Fristavbrudd(d("2027-04-20"), Slag.DELBETALING));

        assertThat(f.dato()).isEqualTo(d("2027-03-15"));
        assertThat(f.forklaring()).anySatisfy(s -> assertThat(s).contains("20.04.2027", "avbryter ikke"));
    }

    @Test
    void rentelinjeFraEgenDato() {
        // The interest line was imposed 20.06.2024 (renterIlagtDato), later than the decision 15.03.2024: it runs from
        // its own date. 20.06.2024 + 3 years = 20.06.2027, a Sunday, so the period runs to Monday 21.06.2027
        // (§ 29 nr. 2).
        var linje = new Kravlinjegrunnlag(Linjetype.RENTER, d("2024-03-15"), null, null, d("2024-06-20"));

        Foreldelse f = beregn(linje);

        assertThat(f.dato()).isEqualTo(d("2027-06-21"));
        assertThat(f.forklaring().getFirst()).contains("Rentelinjen", "20.06.2024");
        assertThat(f.forklaring()).anySatisfy(s -> assertThat(s).contains("20.06.2027", "§ 29 nr. 2", "21.06.2027"));
    }

    @Test
    void utleggGirTiAarsFrist() {
        // Start 15.03.2024, period to 15.03.2027. Our utleggstrekk 20.03.2026 interrupts (§ 17 nr. 2) and starts a
        // 10-year period (§ 21 nr. 3): 20.03.2036, a Thursday.
        Foreldelse f = beregn(Kravlinjegrunnlag.hovedstol(d("2024-03-15")), new Fristavbrudd(d("2026-03-20"), Slag.UTLEGG));

        assertThat(f.dato()).isEqualTo(d("2036-03-20"));
        assertThat(f.forklaring()).anySatisfy(s -> assertThat(s).contains("§ 17 nr. 2", "10 år", "§ 21 nr. 3", "20.03.2036"));
    }

    @Test
    void erkjennelseEtterUtleggForkorterIkkeTiAarsFristen() {
        // Utlegg 20.03.2026 gives 20.03.2036; a part payment 01.07.2027 gives 3 years, 01.07.2030, which is shorter:
        // the running 10-year period stands.
        Foreldelse f = beregn(Kravlinjegrunnlag.hovedstol(d("2024-03-15")),
                new Fristavbrudd(d("2027-07-01"), Slag.DELBETALING), new Fristavbrudd(d("2026-03-20"), Slag.UTLEGG));

        assertThat(f.dato()).isEqualTo(d("2036-03-20"));
    }

    @Test
    void start29FebruarEnderSisteDagIFebruarOgFlyttesFraSoendag() {
        // Start 29.02.2024. 2027 has no 29 February, so the period ends on the month's last day, 28.02.2027 (§ 29
        // nr. 1); that is a Sunday, so it runs to Monday 01.03.2027 (§ 29 nr. 2).
        Foreldelse f = beregn(Kravlinjegrunnlag.hovedstol(d("2024-02-29")));

        assertThat(f.dato()).isEqualTo(d("2027-03-01"));
        assertThat(f.forklaring()).anySatisfy(s -> assertThat(s).contains("28.02.2027", "§ 29 nr. 1"));
        assertThat(f.forklaring()).anySatisfy(s -> assertThat(s).contains("§ 29 nr. 2", "01.03.2027"));
    }

    @Test
    void avbruddPaaForlengetSisteDagErRettidig() {
        // From 29.02.2024 the period ends 28.02.2027, a Sunday, extended to 01.03.2027 (§ 29 nr. 2). An
        // acknowledgement on 01.03.2027 is in time: 3 new years to 01.03.2030, a Friday.
        Foreldelse f = beregn(Kravlinjegrunnlag.hovedstol(d("2024-02-29")), new Fristavbrudd(d("2027-03-01"), Slag.ERKJENNELSE));

        assertThat(f.dato()).isEqualTo(d("2030-03-01"));
    }

    @Test
    void tvangsgrunnlagGirTiAar() {
        // A binding decision 02.06.2025 within the period (to 15.03.2027) starts 10 years (§ 21 nr. 2): 02.06.2035,
        // a Saturday, so the period runs to Monday 04.06.2035 (§ 29 nr. 2).
        Foreldelse f = beregn(Kravlinjegrunnlag.hovedstol(d("2024-03-15")), new Fristavbrudd(d("2025-06-02"), Slag.TVANGSGRUNNLAG));

        assertThat(f.dato()).isEqualTo(d("2035-06-04"));
        assertThat(f.forklaring()).anySatisfy(s -> assertThat(s).contains("§ 21 nr. 2"));
    }
}
