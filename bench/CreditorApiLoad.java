import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load driver for the creditor API: many concurrent clients post claims for a fixed time, then it waits until every
 * claim is RESKONTROFOERT. Reports creates/s, latency percentiles and time from 201 to booked; run through
 * bench/run-creditor-api.sh it also gets the CPU a create took (app and database apart) and the CPU calibration.
 * Run: java bench/CreditorApiLoad.java --base http://localhost:8080 --duration 60 --clients 64 --rate 1200
 */
public class CreditorApiLoad {
    static final String PATH = "/api/innkreving/innkrevingsoppdrag/v1/innkrevingsoppdrag";

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new ConcurrentHashMap<>(Map.of("base", "http://localhost:8080", "duration", "60", "warmup", "10",
                "clients", "64", "rate", "1200", "orgnr", "889640782", "debtors", "5000"));
        for (int i = 0; i + 1 < args.length; i += 2) a.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        if (Arrays.asList(args).contains("--help")) {
            System.out.println("usage: java bench/CreditorApiLoad.java [--base URL] [--duration s] [--warmup s] [--clients n] [--rate per-s, 0=closed loop] [--debtors n]");
            return;
        }
        String base = a.get("base");
        URI baseUri = URI.create(base);
        if (!List.of("localhost", "127.0.0.1", "[::1]").contains(baseUri.getHost())) {
            System.err.println("Refusing to load anything but this machine: " + base);
            System.exit(2);
        }
        int duration = Integer.parseInt(a.get("duration")), warmup = Integer.parseInt(a.get("warmup"));
        int clients = Integer.parseInt(a.get("clients"));
        double rate = Double.parseDouble(a.get("rate"));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

        String token, debtorsJson;
        try {
            token = field(get(http, base + "/demo/token?orgnr=" + a.get("orgnr") + "&scope=skatteetaten:innkrevingsoppdrag", null), "access_token");
            debtorsJson = get(http, base + "/demo/skyldnere?type=PERSON&status=BOSATT&antall=" + a.get("debtors"), null);
        } catch (java.io.IOException e) {
            System.err.println("Cannot reach the app at " + base + " (" + e.getClass().getSimpleName() + "). Start it with the demo profile first.");
            System.exit(1);
            return;
        }
        List<String> debtors = new ArrayList<>();
        Matcher m = Pattern.compile("\"identifikator\":\"(\\d+)\"").matcher(debtorsJson);
        while (m.find()) debtors.add(m.group(1));
        if (debtors.isEmpty()) throw new IllegalStateException("no demo debtors: " + debtorsJson);
        String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        System.out.printf("run %s: %d clients, rate %s/s, warm-up %d s, measure %d s, %d debtors%n", run, clients, rate == 0 ? "max" : rate, warmup, duration, debtors.size());

        long t0 = System.nanoTime();
        long measureFrom = t0 + warmup * 1_000_000_000L, end = measureFrom + duration * 1_000_000_000L;
        long[] lat = new long[(int) Math.max(1_000_000, (rate == 0 ? 5000 : rate) * (duration + 5))];
        AtomicLong latCount = new AtomicLong();
        AtomicLong seq = new AtomicLong();
        AtomicLong warmupSeq = new AtomicLong();
        LongAdder ok = new LongAdder(), measuredOk = new LongAdder();
        Map<Integer, LongAdder> errors = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<long[]> created = new ConcurrentLinkedQueue<>(); // {msb, lsb, createdNanos}
        LocalDate today = LocalDate.now();

        // Markers for bench/run-creditor-api.sh, which reads the app's and the database's CPU from /proc at each one
        // (bench/lib.sh, as the payment bench does): the measured window's start, its end, and when all are booked.
        Thread.ofVirtual().start(() -> {
            sleepNanos(measureFrom - System.nanoTime());
            marker("start", 0);
        });
        List<Thread> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(Thread.ofVirtual().start(() -> {
                Forbindelse conn = new Forbindelse(baseUri);
                while (true) {
                    // warm-up runs closed loop (the JIT warms without a backlog); the measured window is paced from its start
                    boolean oppvarming = System.nanoTime() < measureFrom;
                    long n = oppvarming ? -1 : seq.getAndIncrement();
                    long due = rate == 0 || oppvarming ? System.nanoTime() : measureFrom + (long) (n * 1_000_000_000L / rate);
                    if (due >= end) {
                        conn.close();
                        return;
                    }
                    long wait = due - System.nanoTime();
                    if (wait > 0) sleepNanos(wait);
                    String debtor = debtors.get(ThreadLocalRandom.current().nextInt(debtors.size()));
                    String body = claim(debtor, run + "-" + (oppvarming ? "W" + warmupSeq.getAndIncrement() : n), today, ThreadLocalRandom.current());
                    long s = System.nanoTime();
                    try {
                        String[] r = conn.post(PATH, body, token);
                        int statusCode = Integer.parseInt(r[0]);
                        long done = System.nanoTime();
                        // latency from the scheduled time (open loop), so queueing in the driver is not hidden
                        long us = (done - (rate == 0 ? s : Math.min(s, due))) / 1000;
                        if (statusCode == 201) {
                            ok.increment();
                            UUID id = UUID.fromString(field(r[1], "kravidentifikator"));
                            created.add(new long[]{id.getMostSignificantBits(), id.getLeastSignificantBits(), done, System.currentTimeMillis()});
                            if (s >= measureFrom) {
                                measuredOk.increment();
                                long i = latCount.getAndIncrement();
                                if (i < lat.length) lat[(int) i] = us;
                            }
                        } else {
                            errors.computeIfAbsent(statusCode, k -> new LongAdder()).increment();
                            if (errorSamples.size() < 5) errorSamples.add(statusCode + " " + r[1]);
                        }
                    } catch (Exception e) {
                        errors.computeIfAbsent(-1, k -> new LongAdder()).increment();
                        if (errorSamples.size() < 5) errorSamples.add(e.toString());
                    }
                }
            }));
        }
        for (Thread w : workers) w.join();
        long createsEnded = System.nanoTime();
        marker("creates-end", measuredOk.sum());
        double measuredSeconds = (createsEnded - measureFrom) / 1e9;
        int n = (int) Math.min(latCount.get(), lat.length);
        long[] sorted = Arrays.copyOf(lat, n);
        Arrays.sort(sorted);
        // over the time it really took: when the app cannot keep up, sends run late and the window stretches
        double perSecond = measuredOk.sum() / measuredSeconds;

        // Booking: poll each claim's mottaksstatus until RESKONTROFOERT, with few pollers so the app is not doubled.
        List<long[]> all = new ArrayList<>(created);
        Map<Integer, Long> bookedAt = new ConcurrentHashMap<>();
        // statusOppdatert (server clock, same machine) minus the moment the 201 arrived: how long booking took
        Map<Integer, Long> bookingMs = new ConcurrentHashMap<>();
        long waitEnd = System.nanoTime() + 60_000_000_000L;
        AtomicLong next = new AtomicLong();
        LongAdder failed = new LongAdder();
        List<Thread> pollers = new ArrayList<>();
        for (int p = 0; p < 16; p++) {
            pollers.add(Thread.ofVirtual().start(() -> {
                while (System.nanoTime() < waitEnd) {
                    int i = (int) next.getAndIncrement();
                    if (i >= all.size()) return;
                    long[] c = all.get(i);
                    UUID id = new UUID(c[0], c[1]);
                    while (System.nanoTime() < waitEnd) {
                        try {
                            String svar = get(http, base + PATH + "/" + id + "/mottaksstatus", token);
                            String st = field(svar, "mottaksstatus");
                            if ("RESKONTROFOERT".equals(st)) {
                                bookedAt.put(i, System.nanoTime());
                                bookingMs.put(i, Instant.parse(field(svar, "statusOppdatert")).toEpochMilli() - c[3]);
                                break;
                            }
                            if ("VALIDERINGSFEIL".equals(st)) {
                                failed.increment();
                                break;
                            }
                            sleepNanos(50_000_000);
                        } catch (Exception e) {
                            sleepNanos(100_000_000);
                        }
                    }
                }
            }));
        }
        for (Thread p : pollers) p.join();
        long allBooked = System.nanoTime();
        marker("booked", measuredOk.sum());
        // The time each claim was seen booked is bounded above by when its poll ran; claims polled late (the poll
        // runs after the load) only say "booked by then", so the report gives the time until the last was seen.
        System.out.println();
        System.out.printf("creates: %d ok (%d after warm-up, over %.1f s for a planned %d s) = %.0f creates/s%n", ok.sum(), measuredOk.sum(),
                measuredSeconds, duration, perSecond);
        System.out.printf("latency ms: p50 %.1f  p90 %.1f  p99 %.1f  p99.9 %.1f  max %.1f%n", pct(sorted, 50), pct(sorted, 90), pct(sorted, 99),
                pct(sorted, 99.9), n == 0 ? 0 : sorted[n - 1] / 1000.0);
        System.out.printf("errors: %s %s%n", errors.isEmpty() ? "none" : errors.toString(), errorSamples.isEmpty() ? "" : errorSamples);
        long[] booking = bookingMs.values().stream().mapToLong(Long::longValue).sorted().toArray();
        for (int i = 0; i < booking.length; i++) booking[i] *= 1000; // pct() takes microseconds
        System.out.printf("booked within (statusOppdatert - 201) ms: p50 %.0f  p99 %.0f  max %.0f%n", pct(booking, 50), pct(booking, 99),
                booking.length == 0 ? 0 : booking[booking.length - 1] / 1000.0);
        System.out.printf("booked: %d of %d RESKONTROFOERT, %d VALIDERINGSFEIL; all seen booked %.2f s after the last create%n",
                bookedAt.size(), all.size(), failed.sum(), (allBooked - createsEnded) / 1e9);
        String json = String.format(java.util.Locale.ROOT,
                "{\"run\":\"%s\",\"at\":\"%s\",\"clients\":%d,\"rate\":%s,\"durationS\":%d,\"createsOk\":%d,\"createsPerS\":%.1f," +
                        "\"p50Ms\":%.2f,\"p90Ms\":%.2f,\"p99Ms\":%.2f,\"p999Ms\":%.2f,\"maxMs\":%.2f,\"errors\":%d,\"booked\":%d,\"claims\":%d," +
                        "\"allBookedAfterLastCreateS\":%.2f,\"bookingP99Ms\":%.0f,\"bookingMaxMs\":%.0f}%n",
                run, Instant.now(), clients, rate, duration, ok.sum(), perSecond, pct(sorted, 50), pct(sorted, 90), pct(sorted, 99), pct(sorted, 99.9),
                n == 0 ? 0 : sorted[n - 1] / 1000.0, errors.values().stream().mapToLong(LongAdder::sum).sum(), bookedAt.size(), all.size(),
                (allBooked - createsEnded) / 1e9, pct(booking, 99), booking.length == 0 ? 0 : booking[booking.length - 1] / 1000.0);
        Path out = Path.of("bench/results");
        Files.createDirectories(out);
        Files.writeString(out.resolve("creditor-api-" + run + ".json"), json);
        System.out.println("summary: bench/results/creditor-api-" + run + ".json");
    }

    /**
     * A minimal HTTP/1.1 keep-alive client over one socket: the JDK's HttpClient costs the driver about as much CPU as
     * the app spends on a request, and driver and app share this machine's two cores.
     */
    static final class Forbindelse {
        private final URI base;
        private java.net.Socket socket;
        private java.io.BufferedInputStream in;
        private java.io.OutputStream out;

        Forbindelse(URI base) {
            this.base = base;
        }

        String[] post(String path, String body, String token) throws java.io.IOException {
            for (int forsok = 0; ; forsok++) {
                try {
                    if (socket == null) {
                        socket = new java.net.Socket(base.getHost(), base.getPort() < 0 ? 80 : base.getPort());
                        socket.setTcpNoDelay(true);
                        socket.setSoTimeout(30_000);
                        in = new java.io.BufferedInputStream(socket.getInputStream(), 16384);
                        out = new java.io.BufferedOutputStream(socket.getOutputStream(), 16384);
                    }
                    byte[] b = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    String head = "POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nAuthorization: Bearer " + token
                            + "\r\nContent-Type: application/json\r\nKlientid: bench/1.0\r\nKorrelasjonsid: " + UUID.randomUUID()
                            + "\r\nContent-Length: " + b.length + "\r\n\r\n";
                    out.write(head.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                    out.write(b);
                    out.flush();
                    return lesSvar();
                } catch (java.io.IOException e) {
                    close();
                    if (forsok >= 1) throw e;
                }
            }
        }

        private String[] lesSvar() throws java.io.IOException {
            String status = linje();
            if (status == null) throw new java.io.EOFException("connection closed");
            int kode = Integer.parseInt(status.split(" ")[1]);
            int lengde = -1;
            boolean chunked = false, lukk = false;
            for (String h; !(h = linje()).isEmpty(); ) {
                String l = h.toLowerCase(java.util.Locale.ROOT);
                if (l.startsWith("content-length:")) lengde = Integer.parseInt(l.substring(15).trim());
                else if (l.startsWith("transfer-encoding:") && l.contains("chunked")) chunked = true;
                else if (l.startsWith("connection:") && l.contains("close")) lukk = true;
            }
            java.io.ByteArrayOutputStream kropp = new java.io.ByteArrayOutputStream();
            if (chunked) {
                for (int n; (n = Integer.parseInt(linje().split(";")[0].trim(), 16)) > 0; ) {
                    kropp.write(in.readNBytes(n));
                    linje();
                }
                linje();
            } else if (lengde >= 0) {
                kropp.write(in.readNBytes(lengde));
            }
            if (lukk) close();
            return new String[]{Integer.toString(kode), kropp.toString(java.nio.charset.StandardCharsets.UTF_8)};
        }

        private String linje() throws java.io.IOException {
            StringBuilder sb = new StringBuilder();
            for (int c; (c = in.read()) >= 0; ) {
                if (c == '\n') return sb.toString();
                if (c != '\r') sb.append((char) c);
            }
            return sb.isEmpty() ? null : sb.toString();
        }

        void close() {
            try {
                if (socket != null) socket.close();
            } catch (java.io.IOException ignored) {
                // closing anyway
            }
            socket = null;
        }
    }

    static String claim(String debtor, String id, LocalDate today, ThreadLocalRandom r) {
        String renter = r.nextInt(4) == 0 ? ",\"renteBeloep\":[{\"valuta\":\"NOK\",\"beloep\":" + (100 + r.nextInt(5000)) + ",\"renterIlagtDato\":\""
                + today.minusDays(5) + "\",\"rentetype\":\"STRAFFERENTE\"}]" : "";
        return "{\"kravtype\":\"TILBAKEKREVING_BARNETRYGD\",\"skyldner\":{\"identifikatortype\":\"PERSON\",\"identifikator\":\"" + debtor + "\"},"
                + "\"hovedstol\":{\"valuta\":\"NOK\",\"beloep\":" + (1000 + r.nextInt(49_000)) + "}" + renter
                + ",\"oppdragsgiversReferanse\":\"BENCH-" + id.substring(0, id.indexOf('-')) + "\",\"oppdragsgiversKravidentifikator\":\"BENCH-" + id + "\""
                + ",\"fastsettelsesdato\":\"" + today.minusDays(3) + "\",\"tilleggsinformasjon\":{\"tilbakekrevingsperiode\":{\"fraDato\":\""
                + today.minusYears(1) + "\",\"tilDato\":\"" + today.minusMonths(1) + "\"},\"ytelserForAvregning\":{\"valuta\":\"NOK\",\"beloep\":2000}}}";
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) return 0;
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1000.0;
    }

    static String get(HttpClient http, String url, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (token != null) b.header("Authorization", "Bearer " + token);
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException(url + " -> " + r.statusCode() + " " + r.body());
        return r.body();
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        if (!m.find()) throw new IllegalStateException("no " + name + " in " + json);
        return m.group(1);
    }

    /** A line the wrapping script acts on and does not print: "@cpu <event> <creates in the measured window>". */
    static synchronized void marker(String event, long creates) {
        System.out.println("@cpu " + event + " " + creates);
        System.out.flush();
    }

    static void sleepNanos(long n) {
        try {
            Thread.sleep(Duration.ofNanos(n));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
