// The load driver of scripts/fault-scenarios.sh: a JDK single-file program (java scripts/faults/LoadDriver.java ...),
// no dependencies. It talks to the application's JSON API over HTTP Basic on loopback, only.
//
//   accounts BASE ADMIN_USER ADMIN_PASSWORD PASSWORD PREFIX RESEARCHERS
//       an organizer PREFIX-organizer, reviewers PREFIX-reviewer-1 and -2, researchers PREFIX-r001...; an account
//       that exists already is kept (POST /api/users answers 409)
//   launch BASE PASSWORD PREFIX MEETING INVESTIGATIONS TEAM_SIZE FIRST_RESEARCHER FINDINGS_DAYS REMINDER_LEAD PLAN
//       the meeting if missing, INVESTIGATIONS investigations of TEAM_SIZE researchers each, numbered from
//       FIRST_RESEARCHER, as PREFIX-organizer; findings due FINDINGS_DAYS after today in Asia/Shanghai (0 and a
//       reminder lead of P2D make each reminder due at once; a lead of "in:SECONDS" makes it due that many seconds
//       from now); one finding per researcher; writes PLAN: one line "surveyId researcher" per findings task
//   burst PLAN PASSWORD BASES OUT [KILL_PID KILL_AFTER_ACKS]
//       every findings task of PLAN submitted from a thread of its own, all released at the same instant, spread over
//       BASES (comma-separated); with KILL_PID, that process is killed (SIGKILL) once KILL_AFTER_ACKS submissions
//       are acknowledged; writes OUT: "surveyId researcher base outcome millis epochMillis" per submission
//   load BASES USER PASSWORD SECONDS CONCURRENCY OUT
//       GET /api/surveys from CONCURRENCY threads for SECONDS; writes OUT: "epochMillis outcome millis" per request
//
// An outcome is the HTTP status, or what went wrong without one: refused, timeout, lost (the connection broke).

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class LoadDriver {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final ZoneId THINK_TANK_ZONE = ZoneId.of("Asia/Shanghai");

    record Outcome(String kind, int status, String body, long millis) {
        boolean acknowledged() {
            return status >= 200 && status < 300;
        }
    }

    public static void main(String[] args) throws Exception {
        switch (args.length == 0 ? "" : args[0]) {
            case "accounts" -> accounts(args[1], args[2], args[3], args[4], args[5], Integer.parseInt(args[6]));
            case "launch" -> launch(args[1], args[2], args[3], args[4], Integer.parseInt(args[5]),
                    Integer.parseInt(args[6]), Integer.parseInt(args[7]), Integer.parseInt(args[8]), args[9],
                    Path.of(args[10]));
            case "burst" -> burst(Path.of(args[1]), args[2], args[3].split(","), Path.of(args[4]),
                    args.length > 6 ? Long.parseLong(args[5]) : 0, args.length > 6 ? Integer.parseInt(args[6]) : 0);
            case "load" -> load(args[1].split(","), args[2], args[3], Integer.parseInt(args[4]),
                    Integer.parseInt(args[5]), Path.of(args[6]));
            default -> {
                System.err.println("usage: see the head of LoadDriver.java");
                System.exit(2);
            }
        }
    }

    // --- accounts, launch -------------------------------------------------------------------------------------------

    static void accounts(String base, String admin, String adminPassword, String password, String prefix,
                         int researchers) throws Exception {
        List<String[]> people = new ArrayList<>();
        people.add(new String[] {prefix + "-organizer", "ORGANIZER"});
        people.add(new String[] {prefix + "-reviewer-1", "REVIEWER"});
        people.add(new String[] {prefix + "-reviewer-2", "REVIEWER"});
        for (int i = 1; i <= researchers; i++) {
            people.add(new String[] {researcher(prefix, i), "RESEARCHER"});
        }
        Map<String, Integer> outcomes = inParallel(4, people, person -> {
            Outcome created = send(base, admin, adminPassword, "POST", "/api/users", """
                    {"username": "%s", "displayName": "%s", "role": "%s", "password": "%s"}"""
                    .formatted(person[0], person[0], person[1], password));
            if (!created.acknowledged() && created.status() != 409) {
                throw new IllegalStateException("Creating " + person[0] + ": " + created);
            }
            return created.status();
        });
        System.out.println("accounts: " + countBy(outcomes.values()) + " (201 created, 409 existed)");
    }

    static String researcher(String prefix, int number) {
        return "%s-r%03d".formatted(prefix, number);
    }

    static void launch(String base, String password, String prefix, String meeting, int investigations, int teamSize,
                       int firstResearcher, int findingsDays, String reminderLead, Path plan) throws Exception {
        String organizer = prefix + "-organizer";
        Outcome created = send(base, organizer, password, "POST", "/api/meetings", """
                {"code": "%s", "name": "故障演练 Fault scenarios", "city": "哈尔滨"}""".formatted(meeting));
        if (!created.acknowledged() && created.status() != 409) {
            throw new IllegalStateException("Creating meeting " + meeting + ": " + created);
        }
        LocalDate today = LocalDate.now(THINK_TANK_ZONE);
        LocalDate findingsDue = today.plusDays(findingsDays);
        String lead = reminderLead;
        if (reminderLead.startsWith("in:")) {
            // the reminder falls due at the end of the due date minus the lead: make that a given time from now
            Instant due = Instant.now().plusSeconds(Long.parseLong(reminderLead.substring(3)));
            findingsDue = LocalDate.ofInstant(due, THINK_TANK_ZONE);
            lead = Duration.between(due, findingsDue.plusDays(1).atStartOfDay(THINK_TANK_ZONE).toInstant())
                    .withNanos(0).toString();
        }
        String dueDates = ("\"findingsDue\": \"%s\", \"draftDue\": \"%s\", \"reviewDue\": \"%s\", "
                + "\"approvalDue\": \"%s\", \"reminderLead\": \"%s\"").formatted(findingsDue, findingsDue.plusDays(1),
                findingsDue.plusDays(2), findingsDue.plusDays(3), lead);
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        List<List<String>> teams = new ArrayList<>();
        for (int i = 0; i < investigations; i++) {
            List<String> team = new ArrayList<>();
            for (int j = 0; j < teamSize; j++) {
                team.add(researcher(prefix, firstResearcher + i * teamSize + j));
            }
            teams.add(team);
        }
        inParallel(2, teams, team -> {
            Outcome launched = send(base, organizer, password, "POST", "/api/surveys", """
                    {"meetingCode": "%s", "topic": "截止之夜 Deadline night %s", "region": "黑龙江",
                     "lead": "%s", "team": [%s], "reviewers": ["%s-reviewer-1", "%s-reviewer-2"], %s}"""
                    .formatted(meeting, team.get(0), team.get(0),
                    String.join(", ", team.subList(1, team.size()).stream().map(r -> '"' + r + '"').toList()),
                    prefix, prefix, dueDates));
            if (launched.status() != 201) {
                throw new IllegalStateException("Launching for " + team.get(0) + ": " + launched);
            }
            Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(launched.body());
            if (!id.find()) {
                throw new IllegalStateException("No id in " + launched.body());
            }
            team.forEach(researcher -> lines.add(id.group(1) + " " + researcher));
            return 0;
        });
        Map<String, Integer> findings = inParallel(4, List.copyOf(lines), line -> {
            String[] task = line.split(" ");
            Outcome added = send(base, task[1], password, "POST", "/api/surveys/" + task[0] + "/findings", """
                    {"title": "中小企业上云比例偏低 %s", "method": "QUESTIONNAIRE", "place": "哈尔滨经开区",
                     "observedOn": "%s", "evidence": "在受访的 212 家中小企业中，仅 31%% 已将核心业务迁移上云。",
                     "recommendation": "设立省级上云补贴。", "figures": [{"name": "受访企业数", "value": 212, "unit": "家"}]}"""
                    .formatted(task[1], today.minusDays(3)));
            if (added.status() != 201) {
                throw new IllegalStateException("Adding a finding for " + task[1] + ": " + added);
            }
            return added.status();
        });
        List<String> sorted = new ArrayList<>(lines);
        Collections.sort(sorted);
        Files.write(plan, sorted);
        System.out.println("launched " + investigations + " investigations of " + teamSize + " researchers; findings: "
                + countBy(findings.values()));
    }

    // --- burst ------------------------------------------------------------------------------------------------------

    static void burst(Path plan, String password, String[] bases, Path out, long killPid, int killAfterAcks)
            throws Exception {
        List<String> tasks = Files.readAllLines(plan).stream().filter(line -> !line.isBlank()).toList();
        ExecutorService threads = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch ready = new CountDownLatch(tasks.size());
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger acknowledged = new AtomicInteger();
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            String[] task = tasks.get(i).split(" ");
            String base = bases[i % bases.length];
            results.add(threads.submit(() -> {
                ready.countDown();
                go.await();
                Outcome outcome = send(base, task[1], password, "POST", "/api/surveys/" + task[0] + "/findings/submit", null);
                if (outcome.acknowledged() && acknowledged.incrementAndGet() == killAfterAcks && killPid > 0) {
                    ProcessHandle.of(killPid).ifPresent(ProcessHandle::destroyForcibly);
                    System.out.println("killed " + killPid + " (kill -9) after " + killAfterAcks + " acknowledged");
                }
                return task[0] + " " + task[1] + " " + base + " " + outcome.kind() + " " + outcome.millis() + " "
                        + System.currentTimeMillis();
            }));
        }
        ready.await(60, TimeUnit.SECONDS);
        long start = System.nanoTime();
        go.countDown();
        List<String> lines = new ArrayList<>();
        for (Future<String> result : results) {
            lines.add(result.get(5, TimeUnit.MINUTES));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        threads.shutdown();
        Files.write(out, lines);
        Map<String, Integer> kinds = new TreeMap<>();
        lines.forEach(line -> kinds.merge(line.split(" ")[3], 1, Integer::sum));
        System.out.printf("burst: %d sent, %d acknowledged in %.1f s; outcomes %s%n", lines.size(),
                kinds.getOrDefault("204", 0), millis / 1000.0, kinds);
    }

    // --- steady load ------------------------------------------------------------------------------------------------

    static void load(String[] bases, String user, String password, int seconds, int concurrency, Path out)
            throws Exception {
        long end = System.currentTimeMillis() + seconds * 1000L;
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        ExecutorService threads = Executors.newFixedThreadPool(concurrency);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            int offset = t;
            workers.add(threads.submit(() -> {
                for (int n = offset; System.currentTimeMillis() < end; n++) {
                    long sent = System.currentTimeMillis();
                    Outcome outcome = send(bases[n % bases.length], user, password, "GET", "/api/surveys", null);
                    lines.add(sent + " " + outcome.kind() + " " + outcome.millis());
                    if (!outcome.acknowledged()) {
                        Thread.sleep(200);
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get(seconds + 120L, TimeUnit.SECONDS);
        }
        threads.shutdown();
        List<String> sorted = new ArrayList<>(lines);
        Collections.sort(sorted);
        Files.write(out, sorted);
        Map<String, Integer> kinds = new TreeMap<>();
        sorted.forEach(line -> kinds.merge(line.split(" ")[1], 1, Integer::sum));
        System.out.println("load: " + sorted.size() + " requests in " + seconds + " s; outcomes " + kinds);
    }

    // --- HTTP -------------------------------------------------------------------------------------------------------

    static Outcome send(String base, String user, String password, String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json, application/problem+json");
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Outcome(String.valueOf(response.statusCode()), response.statusCode(), response.body(),
                    (System.nanoTime() - start) / 1_000_000);
        } catch (HttpConnectTimeoutException | ConnectException e) {
            return new Outcome("refused", 0, e.toString(), (System.nanoTime() - start) / 1_000_000);
        } catch (HttpTimeoutException e) {
            return new Outcome("timeout", 0, e.toString(), (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
            return new Outcome("lost", 0, e.toString(), (System.nanoTime() - start) / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome("interrupted", 0, e.toString(), 0);
        }
    }

    interface Work<T> {
        int run(T item) throws Exception;
    }

    static <T> Map<String, Integer> inParallel(int parallelism, List<T> items, Work<T> work) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(parallelism);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (T item : items) {
                results.add(threads.submit((Callable<Integer>) () -> work.run(item)));
            }
            Map<String, Integer> outcomes = new ConcurrentHashMap<>();
            for (int i = 0; i < results.size(); i++) {
                outcomes.put(String.valueOf(i), results.get(i).get(10, TimeUnit.MINUTES));
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }

    static Map<Integer, Integer> countBy(java.util.Collection<Integer> values) {
        Map<Integer, Integer> counts = new TreeMap<>();
        values.forEach(value -> counts.merge(value, 1, Integer::sum));
        return counts;
    }
}
