package org.chokepoint.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chokepoint.app.Chokepoint;
import org.chokepoint.app.audit.AuditOutcome;
import org.chokepoint.app.audit.AuditService;
import org.chokepoint.app.json.AuditJson;
import org.chokepoint.app.report.AuditHtmlReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Audits run in the background, one at a time (an audit reads the gazetteer and every row; two at once would only
 * share the same two cores). Each job is owned by the key that uploaded it; the upload lives in a folder of its own
 * under the home's {@code tmp} and is deleted when the audit ends. Finished jobs are kept up to a limit, oldest
 * dropped first.
 */
public final class AuditJobs implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AuditJobs.class);

    public enum Status { QUEUED, RUNNING, DONE, FAILED }

    /** One audit job; mutable state is volatile, read by status requests while the audit runs. */
    public static final class Job {
        final String id = UUID.randomUUID().toString();
        final String owner;
        final String fileName;
        final Instant created = Instant.now();
        final long total;
        final AtomicLong done = new AtomicLong();
        volatile Status status = Status.QUEUED;
        volatile Instant finished;
        volatile ObjectNode result;
        volatile String report;
        volatile String error;

        Job(String owner, String fileName, long total) {
            this.owner = owner;
            this.fileName = fileName;
            this.total = total;
        }

        public String id() {
            return id;
        }

        /** Share of the work done, 0..1; null while unknown (spreadsheets report rows, with no total). */
        public Double progress() {
            if (status == Status.DONE) return 1.0;
            if (total <= 0) return null;
            return Math.min(1.0, done.get() / (double) total);
        }
    }

    private final Chokepoint engine;
    private final Path tmp;
    private final int keep;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "audit-jobs");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Job> jobs = new LinkedHashMap<>();

    public AuditJobs(Chokepoint engine, int keep) {
        this.engine = engine;
        this.tmp = engine.config().home().resolve("tmp");
        this.keep = keep;
    }

    /** A folder for one upload. */
    public Path newUploadDir() throws IOException {
        Files.createDirectories(tmp);
        return Files.createTempDirectory(tmp, "audit-");
    }

    /** Queues the audit of an uploaded file (its folder is deleted when the job ends). */
    public synchronized Job submit(String owner, Path upload, String fileName, LocalDate asOf, boolean judge) throws IOException {
        Job job = new Job(owner, fileName, AuditService.progressTotal(upload));
        jobs.put(job.id, job);
        dropOldFinished();
        worker.submit(() -> run(job, upload, asOf, judge));
        return job;
    }

    /** The job with this id, when the key may see it (its owner, or an admin). */
    public synchronized Optional<Job> find(String id, String key, boolean admin) {
        Job j = jobs.get(id);
        return j != null && (admin || j.owner.equals(key)) ? Optional.of(j) : Optional.empty();
    }

    private void run(Job job, Path upload, LocalDate asOf, boolean judge) {
        job.status = Status.RUNNING;
        try {
            AuditService audits = engine.audits();
            // the result names the file as uploaded, never the server's folder it was stored in
            AuditOutcome o = audits.audit(upload, job.fileName, judge ? AuditService.AuditOptions.judged(asOf) : AuditService.AuditOptions.decodeOnly(),
                    job.done::set);
            job.result = AuditJson.toJson(o);
            job.report = AuditHtmlReport.render(o.result(), audits::countryName, o.judgements());
            job.status = Status.DONE;
        } catch (IOException | RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            // a reader's own message may still name the stored file
            job.error = message.replace(upload.toString(), job.fileName).replace(upload.getParent().toString(), "");
            job.status = Status.FAILED;
            if (!(e instanceof IOException)) LOG.error("audit job {} failed", job.id, e);
        } finally {
            job.finished = Instant.now();
            deleteQuietly(upload.getParent());
        }
    }

    private void dropOldFinished() {
        if (jobs.size() <= keep) return;
        List<Job> finished = new ArrayList<>(jobs.values().stream().filter(j -> j.finished != null).toList());
        finished.sort(Comparator.comparing(j -> j.finished));
        for (Job j : finished) {
            if (jobs.size() <= keep) break;
            jobs.remove(j.id);
        }
    }

    static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a leftover upload is removed with the next start's tmp cleanup
                }
            });
        } catch (IOException ignored) {
            // nothing to delete
        }
    }

    /** Removes uploads left by a process that was killed mid-audit. */
    public void cleanLeftovers() {
        if (Files.isDirectory(tmp)) {
            try (var dirs = Files.list(tmp)) {
                dirs.filter(p -> p.getFileName().toString().startsWith("audit-")).forEach(AuditJobs::deleteQuietly);
            } catch (IOException ignored) {
                // best effort
            }
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
