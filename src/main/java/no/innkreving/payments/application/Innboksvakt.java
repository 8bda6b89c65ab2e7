package no.innkreving.payments.application;

import java.nio.file.Path;
import no.innkreving.payments.Bankfilstatus;
import no.innkreving.payments.Importresultat;
import no.innkreving.platform.innboks.Innboks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Watches the bank's drop directory ({@code bank.inbox-dir}) with the platform's pick-up rules
 * ({@link no.innkreving.platform.innboks.Innboks}): a file named '.…' or '….part' is left alone, any other is taken
 * once unchanged for {@code bank.inbox-stabil-ms} (3 s), imported, and moved to {@code processed/} (or
 * {@code rejected/} when nothing in it could be read) with a short report {@code <name>.rapport.txt}.
 */
@Component
public class Innboksvakt implements SmartLifecycle {
    private final Innboks innboks;
    private final boolean paaTid;

    Innboksvakt(Innbetalingsimport importen, @Value("${bank.inbox-dir:data/bank/inbox}") Path innboks,
                @Value("${bank.poll-ms:1000}") long intervallMs, @Value("${bank.inbox-stabil-ms:3000}") long stabilMs,
                @Value("${innkreving.scheduling.enabled:true}") boolean paaTid) {
        this.paaTid = paaTid;
        this.innboks = new Innboks("bank", innboks, intervallMs, stabilMs, (fil, navn) -> {
            Importresultat resultat = importen.importer(fil, navn, "INNBOKS");
            Bankfilstatus status = resultat.status();
            String rapport = !resultat.duplikat() ? status.rapport()
                    : "Samme innhold som " + status.filnavn() + " (mottatt " + status.mottatt()
                      + "), som allerede er importert. Filen er ikke bokført på nytt.\n";
            return new Innboks.Utfall("AVVIST".equals(status.status()), rapport);
        });
    }

    public Path innboks() {
        return innboks.innboks();
    }

    /** Whether the watcher has seen this file (and is waiting for it to stay unchanged). */
    public boolean harSett(Path fil) {
        return innboks.harSett(fil);
    }

    /** Imports whatever is complete in the inbox now; returns how many files were taken. */
    public int sjekkNaa() {
        return innboks.sjekkNaa();
    }

    /** Takes this file of the inbox in now, waiting at most {@code maksMs} for it to hold still; whether it was taken. */
    public boolean taInn(Path fil, long maksMs) throws InterruptedException {
        return innboks.taInn(fil, maksMs);
    }

    @Override
    public void start() {
        innboks.start(paaTid);
    }

    @Override
    public void stop() {
        innboks.stop();
    }

    @Override
    public boolean isRunning() {
        return innboks.isRunning();
    }
}
