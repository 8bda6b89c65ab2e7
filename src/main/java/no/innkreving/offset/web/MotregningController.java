package no.innkreving.offset.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.innkreving.offset.Motkrav;
import no.innkreving.offset.application.Motregningsimport;
import no.innkreving.offset.application.Motregningsinnboks;
import no.innkreving.offset.persistence.OffsetTables;
import no.innkreving.parties.Foedselsnummer;
import no.innkreving.parties.Organisasjonsnummer;
import no.innkreving.platform.innboks.Opplasting;
import no.innkreving.platform.security.Innringer;
import no.innkreving.platform.web.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Caseworkers and operators (scope innkreving:saksbehandling): upload an offset file (docs/motregningsfil.md), list the
 * files taken in with their reports, and see a debtor's amounts owed and what became of them. The upload is streamed to
 * disk beside the inbox, never held in memory, and taken in exactly as a file from the inbox.
 */
@RestController
@RequestMapping("/api/innkreving/saksbehandling/v1/motregning")
class MotregningController {
    private static final Logger tilgangslogg = LoggerFactory.getLogger("innkreving.tilgangslogg");
    private static final Logger log = LoggerFactory.getLogger(MotregningController.class);

    private final Motregningsimport importen;
    private final Motregningsinnboks innboks;
    private final OffsetTables tables;

    MotregningController(Motregningsimport importen, Motregningsinnboks innboks, OffsetTables tables) {
        this.importen = importen;
        this.innboks = innboks;
        this.tables = tables;
    }

    record Filsvar(UUID filId, String filnavn, String status, int beloepLest, int nye, int alleredeMottatt,
                   int linjerMedFeil, String rapport) {
    }

    /**
     * The file as the body ({@code curl --data-binary @fil}) or as the part {@code file} of a multipart form; optional
     * {@code ?filnavn=}. 201 taken in (good lines offset, broken ones in the report), 422 refused whole (wrong header,
     * no line readable: nothing done), 400 no file.
     */
    @PostMapping("/filer")
    ResponseEntity<?> last(HttpServletRequest req, @AuthenticationPrincipal Jwt jwt) throws IOException, ServletException {
        Opplasting o = Opplasting.lagre(req, innboks.innboks(), ".csv", "motregningsfil");
        if (o instanceof Opplasting.Tom tom) return problem(400, "tom-motregningsfil", "Tom motregningsfil", tom.detalj(), req);
        Path lagret = ((Opplasting.Lagret) o).fil();
        String navn = ((Opplasting.Lagret) o).navn();
        tilgangslogg.info("Offset file {} uploaded by {}", navn, Innringer.iLogg(jwt));
        Motregningsimport.Resultat r;
        try {
            r = importen.importer(lagret, navn, "OPPLASTING");
        } catch (IOException | RuntimeException e) {
            // nothing half-done stays: what was stored waits for the offset run, and a resend has one effect
            log.error("Offset file {} could not be taken in now", navn, e);
            Files.deleteIfExists(lagret);
            return problem(503, "motregningsfil-ikke-behandlet", "Motregningsfilen kunne ikke behandles nå",
                    "Filen ble ikke ferdig behandlet på grunn av en feil hos oss. Send den på nytt senere; beløp som allerede er mottatt, behandles ikke to ganger.", req);
        }
        Path maal = innboks.innboks().resolveSibling(r.avvist() ? "rejected" : "processed");
        Files.createDirectories(maal);
        Path flyttet = maal.resolve(lagret.getFileName());
        Files.writeString(flyttet.resolveSibling(flyttet.getFileName() + ".rapport.txt"), r.rapport(), StandardCharsets.UTF_8);
        Files.move(lagret, flyttet, StandardCopyOption.ATOMIC_MOVE);
        if (r.avvist()) return problem(422, "motregningsfil-avvist", "Motregningsfilen er avvist", r.rapport(), req);
        return ResponseEntity.status(HttpStatus.CREATED).body(new Filsvar(r.filId(), navn, "BEHANDLET", r.linjer(), r.nye(),
                r.kjente(), r.feil(), r.rapport()));
    }

    /** The latest files taken in; {@code antall} 1-1000. */
    @GetMapping("/filer")
    ResponseEntity<?> filer(@RequestParam(defaultValue = "100") String antall, HttpServletRequest req) {
        int n;
        try {
            n = Integer.parseInt(antall.trim());
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 1 || n > 1000) return problem(400, "ugyldig-antall", "Ugyldig antall", "antall må være et helt tall fra 1 til 1000", req);
        return ResponseEntity.ok(tables.filer(n).stream().map(f -> new Filsvar(f.filId(), f.filnavn(), f.status(),
                f.antallLinjer(), f.antallNye(), f.antallKjente(), f.antallFeil(), f.rapport())).toList());
    }

    record Motkravsvar(UUID motkravId, String referanse, String art, LocalDate dato, BigDecimal beloep, String status,
                       BigDecimal motregnetBeloep, BigDecimal utbetaltBeloep, LocalDate virkningsdato, UUID dokumentId) {
        static Motkravsvar av(Motkrav m) {
            return new Motkravsvar(m.motkravId(), m.referanse(), m.art().name(), m.dato(), BigDecimal.valueOf(m.beloepOre(), 2),
                    m.status(), BigDecimal.valueOf(m.motregnetOre(), 2), BigDecimal.valueOf(m.utbetaltOre(), 2),
                    m.virkningsdato(), m.dokumentId());
        }
    }

    /** A debtor's amounts owed by the state and what became of each (the letter's dokumentId among them). */
    @GetMapping("/motkrav")
    ResponseEntity<?> motkrav(@RequestParam(required = false) String skyldner, @AuthenticationPrincipal Jwt jwt,
                              HttpServletRequest req) {
        if (skyldner == null || !(Foedselsnummer.erGyldig(skyldner) || Organisasjonsnummer.erGyldig(skyldner)))
            return problem(400, "ugyldig-skyldner", "Ugyldig skyldner", "skyldner må være et gyldig fødselsnummer eller organisasjonsnummer", req);
        tilgangslogg.info("Offsets of {}***** read by {}", skyldner.substring(0, 6), Innringer.iLogg(jwt));
        List<Motkravsvar> svar = tables.forSkyldner(skyldner).stream().map(Motkravsvar::av).toList();
        return ResponseEntity.ok(svar);
    }


    private static ResponseEntity<Problem> problem(int status, String type, String tittel, String detalj, HttpServletRequest req) {
        return ResponseEntity.status(status).contentType(MediaType.parseMediaType(Problem.MEDIA_TYPE))
                .body(new Problem(Problem.PLATFORM_PREFIX + type, tittel, status, detalj, req.getRequestURI()));
    }
}
