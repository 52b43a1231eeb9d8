package org.thinktank.surveyflow.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyRegistry;
import org.thinktank.surveyflow.survey.SurveyStage;

/**
 * The workflow benchmark (README, "Performance"; docs/benchmarks.md): not part of the test suite. Run {@code scripts/benchmark.sh}; it
 * starts the application in this JVM on its embedded PostgreSQL with the heap the script states, loads 520 people
 * and 2,500 investigations (10,000 open tasks), and measures
 * <ul>
 *   <li>P1: full lifecycles through HTTP, through the application's services in-process, and through Camunda's Java
 *       API on the same model without the application's work, with 1 and 8 clients;</li>
 *   <li>P4: 50 researchers reading "my tasks" at once; organizers reading the dashboard and the investigation list;</li>
 *   <li>P5: the deadline burst, 500 researchers of 25 investigations adding and submitting a finding at once;</li>
 *   <li>memory: the heap it ran with, the peak heap used, the peak RSS of this JVM and of PostgreSQL.</li>
 * </ul>
 * It prints one table and writes it into docs/benchmarks.md between its markers. The HTTP clients share this JVM
 * and the machine's cores with the application, as any client on loopback would.
 * Environment: AUTH=basic measures HTTP Basic on every call instead of personal access tokens; SCALE=0.1 runs a
 * tenth of the data and lifecycles (a quick check that the benchmark itself works); TUNING="key=value …" starts the
 * application with those properties (to try a setting: docs/benchmarks.md, "Tuning").
 */
public final class WorkflowBenchmark {

    private static final String START = "<!-- workflow-benchmark:start -->";
    private static final String END = "<!-- workflow-benchmark:end -->";

    private final double scale;
    private final boolean basic;
    private final List<String> table = new ArrayList<>();
    private final List<String> details = new ArrayList<>();

    private final Map<String, Object> tuning;

    private WorkflowBenchmark(double scale, boolean basic, Map<String, Object> tuning) {
        this.scale = scale;
        this.basic = basic;
        this.tuning = tuning;
    }

    /** {@code TUNING="camunda.bpm.history-level=audit spring.datasource.hikari.maximum-pool-size=8"}. */
    private static Map<String, Object> tuning(String text) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (String pair : text.trim().split("\\s+")) {
            if (!pair.isEmpty()) {
                properties.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
        }
        return properties;
    }

    public static void main(String[] args) throws Exception {
        double scale = Double.parseDouble(System.getenv().getOrDefault("SCALE", "1"));
        boolean basic = "basic".equalsIgnoreCase(System.getenv().getOrDefault("AUTH", "token"));
        Path directory = Path.of(args.length > 0 ? args[0] : "target/benchmark");
        new WorkflowBenchmark(scale, basic, tuning(System.getenv().getOrDefault("TUNING", ""))).run(directory);
        System.exit(0);
    }

    private int scaled(int count) {
        return Math.max(1, (int) Math.round(count * scale));
    }

    private void run(Path directory) throws Exception {
        long started = System.nanoTime();
        try (BenchmarkApp app = BenchmarkApp.start(directory, tuning)) {
            ObjectMapper json = app.bean(ObjectMapper.class);
            Population population = new Population(app);
            population.createAccounts();
            long loadStart = System.nanoTime();
            int investigations = scaled(2_500);
            population.launchInbox(investigations);
            double loadSeconds = seconds(System.nanoTime() - loadStart);
            details.add(String.format(Locale.ROOT, "Loaded %d investigations (%d open findings tasks) through the "
                    + "launch service in %.0f s (%.1f launches/s, 2 threads)", investigations, 4 * investigations,
                    loadSeconds, investigations / loadSeconds));
            Latencies setup = new Latencies();
            try (Http http = new Http(app.baseUrl(), json, setup)) {
                boolean tokens = !basic && http.offersTokens(Population.organizer(1), Population.PASSWORD);
                details.add("Settings changed from the defaults: " + (tuning.isEmpty() ? "none" : tuning));
                details.add("HTTP clients authenticate with " + (tokens ? "personal access tokens (Bearer)"
                        : "HTTP Basic on every call (bcrypt)"));
                workflow(app, population, json, tokens);
                inbox(app, population, json, tokens);
                burst(app, population, json, tokens);
            }
            memory(directory);
        }
        details.add(String.format(Locale.ROOT, "The whole run took %.0f s", seconds(System.nanoTime() - started)));
        report();
    }

    // ---- P1 ----

    private void workflow(BenchmarkApp app, Population population, ObjectMapper json, boolean tokens)
            throws Exception {
        BareLifecycle.deploy(app);
        int lifecycles = scaled(40);
        Map<String, Double> perSecond = new LinkedHashMap<>();
        for (int clients : new int[] {1, 8}) {
            for (String tier : List.of("engine", "services", "HTTP")) {
                try (Http warmUpHttp = new Http(app.baseUrl(), json, new Latencies())) {
                    lifecycles(driver(tier, app, population, warmUpHttp, new Latencies(), tokens), clients,
                            Math.max(clients, scaled(10)));
                }
                Latencies measured = new Latencies();
                try (Http http = new Http(app.baseUrl(), json, measured)) {
                    int total = clients == 1 ? lifecycles : lifecycles * 2;
                    double seconds = lifecycles(driver(tier, app, population, http, measured, tokens), clients, total);
                    double completions = total * Lifecycle.TASK_COMPLETIONS / seconds;
                    perSecond.put(tier + clients, completions);
                    String name = "P1 " + tier + ", " + clients + (clients == 1 ? " client" : " clients");
                    String ratio = tier.equals("HTTP") ? String.format(Locale.ROOT, "; HTTP/services %.2f×, "
                            + "HTTP/engine %.2f×", completions / perSecond.get("services" + clients),
                            completions / perSecond.get("engine" + clients)) : "";
                    table.add(row(name, String.format(Locale.ROOT, "%.2f lifecycles/s, %.0f task completions/s%s; "
                            + "%d errors", total / seconds, completions, ratio, measured.errorCount()),
                            tier.equals("HTTP") ? (clients == 1 ? "≥ 0.6× services" : "≥ 0.6× services, ≥ 300/s")
                                    : ""));
                    measured.summaries().forEach((kind, summary) ->
                            details.add(name + ", " + kind + ": " + summary.text()));
                }
            }
        }
    }

    private static Lifecycle driver(String tier, BenchmarkApp app, Population population, Http http,
                                    Latencies latencies, boolean tokens) {
        return switch (tier) {
            case "engine" -> new BareLifecycle(app, latencies);
            case "services" -> new InProcessLifecycle(app, population, latencies);
            default -> new HttpLifecycle(http, population, tokens);
        };
    }

    private static final AtomicInteger NUMBERS = new AtomicInteger();

    /** Runs {@code total} lifecycles spread over {@code clients} threads; the wall time in seconds. */
    private static double lifecycles(Lifecycle lifecycle, int clients, int total) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        AtomicInteger left = new AtomicInteger(total);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            Lifecycle.Cast cast = Lifecycle.Cast.ofClient(client);
            running.add(threads.submit(() -> {
                while (left.getAndDecrement() > 0) {
                    lifecycle.run(cast, NUMBERS.incrementAndGet());
                }
                return null;
            }));
        }
        for (Future<?> future : running) {
            future.get();
        }
        double seconds = seconds(System.nanoTime() - start);
        threads.shutdown();
        return seconds;
    }

    // ---- P4 ----

    private void inbox(BenchmarkApp app, Population population, ObjectMapper json, boolean tokens) throws Exception {
        Duration length = Duration.ofSeconds(Math.max(5, Math.round(20 * Math.min(1, scale * 4))));
        Latencies researchers = new Latencies();
        try (Http http = new Http(app.baseUrl(), json, researchers)) {
            List<Runnable> readers = myTasksReaders(http, tokens);
            double seconds = during(length, readers, Duration.ZERO);
            Latencies.Summary summary = researchers.summaries().get("my tasks");
            table.add(row("P4 my tasks, 50 researchers at once (20 open tasks each), each calling again as soon as "
                    + "answered", summary.text() + String.format(Locale.ROOT, ", %.0f req/s, %d errors",
                    summary.count() / seconds, researchers.errorCount()), "p99 ≤ 100 ms"));
        }
        Latencies paced = new Latencies();
        try (Http http = new Http(app.baseUrl(), json, paced)) {
            List<Runnable> readers = myTasksReaders(http, tokens);
            String dashboard = "/meetings/" + population.meetingId() + "/dashboard";
            for (int i = 1; i <= 4; i++) {
                Http.Browser browser = http.browser(Population.organizer(i), Population.PASSWORD);
                readers.add(() -> browser.page("dashboard page", dashboard));
            }
            double seconds = during(length, readers, Duration.ofSeconds(1));
            Map<String, Latencies.Summary> summaries = paced.summaries();
            table.add(row("P4 the same 50 researchers and 4 organizers on the dashboard, each reading once a second",
                    "my tasks: " + summaries.get("my tasks").text() + "; dashboard: "
                            + summaries.get("dashboard page").text() + String.format(Locale.ROOT,
                            "; %.0f req/s, %d errors", (summaries.get("my tasks").count()
                                    + summaries.get("dashboard page").count()) / seconds, paced.errorCount()),
                    "p99 ≤ 100 ms (dashboard ≤ 300 ms)"));
        }
        Latencies organizers = new Latencies();
        try (Http http = new Http(app.baseUrl(), json, organizers)) {
            List<Runnable> readers = new ArrayList<>();
            String dashboard = "/meetings/" + population.meetingId() + "/dashboard";
            for (int i = 1; i <= 4; i++) {
                Http.Browser browser = http.browser(Population.organizer(i), Population.PASSWORD);
                readers.add(() -> browser.page("dashboard page", dashboard));
                Http.Caller caller = http.caller(Population.organizer(i + 4), Population.PASSWORD, tokens);
                readers.add(() -> caller.call("investigation list", "GET", "/api/surveys?size=50", null));
            }
            double seconds = during(length, readers, Duration.ZERO);
            Map<String, Latencies.Summary> summaries = organizers.summaries();
            table.add(row("P4 dashboard page, 4 organizers at once", summaries.get("dashboard page").text()
                    + String.format(Locale.ROOT, ", %.1f req/s", summaries.get("dashboard page").count() / seconds),
                    "p99 ≤ 300 ms"));
            table.add(row("P4 investigation list (API, 50 a page), 4 organizers at once",
                    summaries.get("investigation list").text(), "p99 ≤ 100 ms"));
            if (organizers.errorCount() > 0) {
                details.add("P4 organizer errors: " + organizers.errors());
            }
        }
    }

    /** Fifty researchers, each reading the first page of "my tasks" (20 a page) with their own credentials. */
    private static List<Runnable> myTasksReaders(Http http, boolean tokens) {
        List<Runnable> readers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Http.Caller caller = http.caller(Population.researcher(100 + i), Population.PASSWORD, tokens);
            readers.add(() -> caller.call("my tasks", "GET", "/api/tasks?size=20", null));
        }
        return readers;
    }

    /**
     * Each reader calls in a loop on a thread of its own for the given time, starting a call every {@code pace} (or
     * at once when the last is answered, for a zero pace); the seconds it took.
     */
    private static double during(Duration length, List<Runnable> readers, Duration pace) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(readers.size());
        long end = System.nanoTime() + length.toNanos();
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (Runnable reader : readers) {
            running.add(threads.submit(() -> {
                long next = System.nanoTime() + (long) (Math.random() * pace.toNanos());
                while (next < end) {
                    long wait = next - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                    reader.run();
                    next = pace.isZero() ? System.nanoTime() : next + pace.toNanos();
                }
                return null;
            }));
        }
        for (Future<?> future : running) {
            future.get();
        }
        threads.shutdown();
        return seconds(System.nanoTime() - start);
    }

    // ---- P5 ----

    private void burst(BenchmarkApp app, Population population, ObjectMapper json, boolean tokens) throws Exception {
        int teams = scaled(25);
        int teamSize = 20;
        SurveyRegistry registry = app.bean(SurveyRegistry.class);
        List<Survey> surveys = new ArrayList<>();
        for (int b = 0; b < teams; b++) {
            int first = teamSize * b + 1;
            List<String> team = new ArrayList<>();
            for (int j = 1; j < teamSize; j++) {
                team.add(Population.researcher(first + j));
            }
            surveys.add(population.planApproved(registry.launch(population.launch("截止之夜 Deadline night " + b,
                    Population.researcher(first), team, List.of(Population.reviewer(1), Population.reviewer(2))),
                    Population.actor(Population.organizer(1))), Population.organizer(1)));
        }
        Latencies latencies = new Latencies();
        try (Http http = new Http(app.baseUrl(), json, latencies)) {
            List<Http.Caller> callers = new ArrayList<>();
            for (int r = 1; r <= teams * teamSize; r++) {
                callers.add(http.caller(Population.researcher(r), Population.PASSWORD, tokens));
            }
            ExecutorService threads = Executors.newFixedThreadPool(100);
            AtomicInteger acknowledged = new AtomicInteger();
            long start = System.nanoTime();
            List<Future<?>> sent = new ArrayList<>();
            for (int r = 0; r < callers.size(); r++) {
                Http.Caller caller = callers.get(r);
                long surveyId = surveys.get(r / teamSize).id();
                sent.add(threads.submit(() -> {
                    Http.Answer added = caller.call("add finding", "POST", "/api/surveys/" + surveyId + "/findings",
                            Population.finding("截止前发现 Last-minute finding"));
                    if (added.ok() && caller.call("submit findings", "POST", "/api/surveys/" + surveyId
                            + "/findings/submit", null).ok()) {
                        acknowledged.incrementAndGet();
                    }
                }));
            }
            for (Future<?> future : sent) {
                future.get();
            }
            double seconds = seconds(System.nanoTime() - start);
            threads.shutdown();
            threads.awaitTermination(1, TimeUnit.MINUTES);
            long joinStart = System.nanoTime();
            for (Survey survey : surveys) {
                Lifecycle.await("the join of " + survey.businessKey(),
                        () -> registry.requireUnchecked(survey.id()).stage() == SurveyStage.DRAFTING);
            }
            double joined = seconds(System.nanoTime() - joinStart);
            List<Long> ids = surveys.stream().map(Survey::id).toList();
            String in = String.join(",", ids.stream().map(String::valueOf).toList());
            Map<String, Object> stored = app.bean(JdbcTemplate.class).queryForMap("select count(*) as findings, "
                    + "count(distinct (survey_id, author)) as authors, count(*) filter (where status = 'SUBMITTED') "
                    + "as submitted from finding where survey_id in (" + in + ")");
            Latencies.Summary submits = latencies.summaries().get("submit findings");
            table.add(row("P5 deadline burst: " + callers.size() + " researchers of " + teams
                    + " investigations add and submit a finding at once", String.format(Locale.ROOT,
                    "%.1f s for all; %d acknowledged, %s stored (%s distinct authors, %s submitted); errors %s; "
                            + "submit p99 %.0f ms; every investigation drafting %.1f s later", seconds,
                    acknowledged.get(), stored.get("findings"), stored.get("authors"), stored.get("submitted"),
                    latencies.errors().isEmpty() ? "0" : latencies.errors().toString(), submits.p99(), joined),
                    "10 s, 0 errors"));
        }
    }

    // ---- memory ----

    private void memory(Path directory) throws IOException {
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peakHeap += pool.getPeakUsage().getUsed();
            }
        }
        long postgres = postgresMemoryKb(directory.resolve("postgres").toAbsolutePath().toString());
        table.add(row("Memory", String.format(Locale.ROOT, "heap max %d MB (-Xmx), peak used %d MB; JVM peak RSS %d MB; "
                        + "PostgreSQL %d MB at the end (server RSS + backends' private memory)", Runtime.getRuntime().maxMemory() >> 20, peakHeap >> 20,
                statusKb("/proc/self/status", "VmHWM") >> 10, postgres >> 10), "a documented heap that holds"));
    }

    private static long statusKb(String file, String field) {
        try {
            for (String line : Files.readAllLines(Path.of(file))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    /**
     * The memory of the PostgreSQL server of the given data directory: its postmaster's resident set (from
     * postmaster.pid), shared buffers included, and the private memory (RssAnon) of each backend it started, so that
     * shared buffers count once. (smaps is not readable across the user namespace the embedded server runs in.)
     */
    private static long postgresMemoryKb(String dataDirectory) throws IOException {
        Path pidFile = Path.of(dataDirectory, "postmaster.pid");
        if (!Files.exists(pidFile)) {
            System.err.println("No " + pidFile + ": PostgreSQL's memory is not measured");
            return 0;
        }
        String postmaster = Files.readAllLines(pidFile).get(0).strip();
        long total = statusKb("/proc/" + postmaster + "/status", "VmRSS");
        try (var processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String stat = Files.readString(process.resolve("stat"));
                    String parent = stat.substring(stat.lastIndexOf(')') + 2).split(" ")[1];
                    if (parent.equals(postmaster)) {
                        total += statusKb(process.resolve("status").toString(), "RssAnon");
                    }
                } catch (IOException | RuntimeException e) {
                    // the process ended while we looked
                }
            }
        }
        return total;
    }

    // ---- output ----

    private static String row(String what, String measured, String target) {
        return "| " + what + " | " + measured + " | " + target + " |";
    }

    private void report() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("Measured " + LocalDate.now() + " on " + machine() + ".");
        lines.add("");
        lines.add("| what | measured | target |");
        lines.add("|---|---|---|");
        lines.addAll(table);
        lines.add("");
        details.forEach(line -> lines.add("- " + line));
        String text = String.join("\n", lines);
        System.out.println(text);
        Path results = Path.of("target/benchmark/results.md");
        Files.createDirectories(results.getParent());
        Files.writeString(results, text + "\n");
        if (scale == 1 && tuning.isEmpty() && !basic) {
            writeIntoDocs(text);
        }
    }

    private static void writeIntoDocs(String text) throws IOException {
        Path docs = Path.of("docs/benchmarks.md");
        String current = Files.exists(docs) ? Files.readString(docs) : "# Benchmarks\n\n";
        String block = START + "\n" + text + "\n" + END;
        int start = current.indexOf(START);
        int end = current.indexOf(END);
        String updated = start >= 0 && end > start
                ? current.substring(0, start) + block + current.substring(end + END.length())
                : current + "\n## Workflow benchmark (scripts/benchmark.sh)\n\n" + block + "\n";
        Files.writeString(docs, updated);
    }

    private static String machine() {
        String cpu = "";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("");
        } catch (IOException e) {
            // not Linux
        }
        return String.format(Locale.ROOT, "%d cores (%s), %d GiB RAM, Java %s, heap -Xmx%d MB",
                Runtime.getRuntime().availableProcessors(), cpu, statusKb("/proc/meminfo", "MemTotal") >> 20,
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
