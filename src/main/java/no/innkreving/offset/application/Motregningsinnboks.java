package no.innkreving.offset.application;

import java.nio.file.Path;
import no.innkreving.platform.innboks.Innboks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The drop directory for offset files ({@code motregning.inbox-dir}, default {@code data/motregning/inbox}), with the
 * same pick-up rules as the bank inbox (platform {@link Innboks}): '.…' and '….part' are left alone, any other file is
 * taken once unchanged for {@code motregning.inbox-stabil-ms} (3 s), then moved to {@code processed/} or
 * {@code rejected/} with its {@code .rapport.txt}. After each round the offset run finishes any amount a crash left
 * waiting.
 */
@Component
public class Motregningsinnboks implements SmartLifecycle {
    private final Innboks innboks;
    private final boolean paaTid;

    Motregningsinnboks(Motregningsimport importen, Motregningskjoering kjoering,
                       @Value("${motregning.inbox-dir:data/motregning/inbox}") Path innboks,
                       @Value("${motregning.poll-ms:1000}") long intervallMs,
                       @Value("${motregning.inbox-stabil-ms:3000}") long stabilMs,
                       @Value("${innkreving.scheduling.enabled:true}") boolean paaTid) {
        this.paaTid = paaTid;
        this.innboks = new Innboks("motregning", innboks, intervallMs, stabilMs, (fil, navn) -> {
            var r = importen.importer(fil, navn, "INNBOKS");
            return new Innboks.Utfall(r.avvist(), r.rapport());
        }, kjoering::behandleUbehandlede);
    }

    public Path innboks() {
        return innboks.innboks();
    }

    /** Takes whatever is complete in the inbox now; returns how many files were taken. */
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
