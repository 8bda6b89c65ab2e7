package no.innkreving.submissions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.innkreving.submissions.Vedleggskontroll.Fil;
import no.innkreving.submissions.Vedleggskontroll.Filtype;
import no.innkreving.submissions.Vedleggskontroll.Resultat;
import org.junit.jupiter.api.Test;

/** The attachment rule: the content's magic number decides the type, never the name; 10 MB = 10 485 760 bytes each. */
class VedleggskontrollTest {
    private static final long MAKS = 10L * 1024 * 1024;

    private static byte[] fil(int lengde, int... start) {
        byte[] b = new byte[lengde];
        for (int i = 0; i < start.length; i++) b[i] = (byte) start[i];
        return b;
    }

    @Test
    void typen_er_det_innholdet_er() {
        assertThat(Vedleggskontroll.gjenkjenn("%PDF-1.7".getBytes())).contains(Filtype.PDF);
        assertThat(Vedleggskontroll.gjenkjenn(fil(10, 0xFF, 0xD8, 0xFF, 0xE0))).contains(Filtype.JPEG);
        assertThat(Vedleggskontroll.gjenkjenn(fil(10, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A))).contains(Filtype.PNG);
        // GIF, a ZIP (docx), plain text, a PNG signature cut short, an empty file
        assertThat(Vedleggskontroll.gjenkjenn("GIF89a".getBytes())).isEmpty();
        assertThat(Vedleggskontroll.gjenkjenn(fil(10, 'P', 'K', 3, 4))).isEmpty();
        assertThat(Vedleggskontroll.gjenkjenn("%PDF".getBytes())).isEmpty();
        assertThat(Vedleggskontroll.gjenkjenn(fil(7, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A))).isEmpty();
        assertThat(Vedleggskontroll.gjenkjenn(new byte[0])).isEmpty();
    }

    @Test
    void navnet_lurer_ikke_kontrollen() {
        Resultat r = Vedleggskontroll.kontroller(List.of(Fil.av("kvittering.pdf", "Hei, dette er tekst".getBytes())), MAKS, 5);
        assertThat(r).isInstanceOfSatisfying(Resultat.Avvist.class, a -> {
            assertThat(a.avvisning().status()).isEqualTo(415);
            assertThat(a.avvisning().melding()).contains("«kvittering.pdf»").contains("Ingenting ble lagret");
        });
        // a PNG named .pdf is a PNG
        Resultat png = Vedleggskontroll.kontroller(List.of(Fil.av("bilde.pdf", fil(100, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A))), MAKS, 5);
        assertThat(((Resultat.Godtatt) png).vedlegg().getFirst().type()).isEqualTo(Filtype.PNG);
    }

    @Test
    void ti_mb_er_med_en_byte_mer_er_for_stort() {
        byte[] akkurat = fil((int) MAKS, '%', 'P', 'D', 'F', '-');
        assertThat(Vedleggskontroll.kontroller(List.of(Fil.av("a.pdf", akkurat)), MAKS, 5)).isInstanceOf(Resultat.Godtatt.class);
        Resultat over = Vedleggskontroll.kontroller(List.of(new Fil("b.pdf", MAKS + 1, null)), MAKS, 5);
        assertThat(over).isInstanceOfSatisfying(Resultat.Avvist.class, a -> {
            assertThat(a.avvisning().status()).isEqualTo(413);
            assertThat(a.avvisning().melding()).contains("«b.pdf» er større enn 10 MB");
        });
    }

    @Test
    void en_feil_fil_avviser_hele_skjemaet_og_tomme_filvalg_telles_ikke() {
        byte[] pdf = "%PDF-1.4".getBytes();
        Resultat r = Vedleggskontroll.kontroller(List.of(Fil.av("a.pdf", pdf), Fil.av("b.txt", "x".getBytes())), MAKS, 5);
        assertThat(r).isInstanceOf(Resultat.Avvist.class);
        Resultat seks = Vedleggskontroll.kontroller(java.util.Collections.nCopies(6, Fil.av("a.pdf", pdf)), MAKS, 5);
        assertThat(((Resultat.Avvist) seks).avvisning().status()).isEqualTo(400);
        Resultat tomme = Vedleggskontroll.kontroller(List.of(Fil.av("", new byte[0]), Fil.av("a.pdf", pdf)), MAKS, 5);
        assertThat(((Resultat.Godtatt) tomme).vedlegg()).hasSize(1);
    }

    @Test
    void filnavnet_renses_for_sti_og_styretegn() {
        assertThat(Vedleggskontroll.rentFilnavn("C:\\Users\\ola\\lønnsslipp mars.pdf")).isEqualTo("lønnsslipp mars.pdf");
        assertThat(Vedleggskontroll.rentFilnavn("../../etc/passwd")).isEqualTo("passwd");
        assertThat(Vedleggskontroll.rentFilnavn("a\u0000b<script>.png")).isEqualTo("abscript.png");
        assertThat(Vedleggskontroll.rentFilnavn(null)).isEqualTo("vedlegg");
    }
}
