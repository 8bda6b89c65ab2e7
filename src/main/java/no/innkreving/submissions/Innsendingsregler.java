package no.innkreving.submissions;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The figures of the debtors' submissions as data ({@code submissions/frister.properties}, each with its source):
 * answer deadlines, and the attachment limits the form states.
 */
@Component
public class Innsendingsregler {
    private final int klageSvarfristDager;
    private final int soeknadSvarfristDager;
    private final long vedleggMaksBytes;
    private final int vedleggMaksAntall;

    Innsendingsregler() throws IOException {
        Properties p = new Properties();
        try (var r = new InputStreamReader(new ClassPathResource("submissions/frister.properties").getInputStream(), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        klageSvarfristDager = Integer.parseInt(p.getProperty("klage.svarfrist-dager").strip());
        soeknadSvarfristDager = Integer.parseInt(p.getProperty("soeknad.svarfrist-dager").strip());
        vedleggMaksBytes = Long.parseLong(p.getProperty("vedlegg.maks-bytes").strip());
        vedleggMaksAntall = Integer.parseInt(p.getProperty("vedlegg.maks-antall").strip());
    }

    public int klageSvarfristDager() {
        return klageSvarfristDager;
    }

    public int soeknadSvarfristDager() {
        return soeknadSvarfristDager;
    }

    public long vedleggMaksBytes() {
        return vedleggMaksBytes;
    }

    public int vedleggMaksAntall() {
        return vedleggMaksAntall;
    }

    /** The debtor's files checked against these limits (content, size, number). */
    public Vedleggskontroll.Resultat kontroller(java.util.List<Vedleggskontroll.Fil> filer) {
        return Vedleggskontroll.kontroller(filer, vedleggMaksBytes, vedleggMaksAntall);
    }
}
