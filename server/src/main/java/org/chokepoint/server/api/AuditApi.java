package org.chokepoint.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.chokepoint.server.auth.ApiKey;
import org.chokepoint.server.auth.Role;
import org.chokepoint.server.http.Api;
import org.chokepoint.server.http.ApiError;
import org.chokepoint.server.http.ErrorStyle;
import org.chokepoint.server.http.JsonBody;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Audits as jobs: {@code POST /v1/audit?name=projects.csv[&asOf=2026-11-23][&judge=false]} with the export as the
 * request body returns {@code 202 {"job": "…", "status": "QUEUED"}}; {@code GET /v1/audit/{job}} gives status and
 * progress, then the result (the same JSON as {@code chokepoint audit --json}); {@code GET /v1/audit/{job}/report}
 * the HTML report. Uploads beyond the configured size are refused with 413 before they are stored.
 */
public final class AuditApi {
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private final Api api;
    private final AuditJobs jobs;

    public AuditApi(Api api, AuditJobs jobs) {
        this.api = api;
        this.jobs = jobs;
    }

    public void register() {
        api.post("/v1/audit", Role.SCREEN, ErrorStyle.CHOKEPOINT, this::submit);
        api.get("/v1/audit/{job}", Role.SCREEN, ErrorStyle.CHOKEPOINT, this::status);
        api.get("/v1/audit/{job}/report", Role.SCREEN, ErrorStyle.CHOKEPOINT, this::report);
    }

    private void submit(Context ctx) throws IOException {
        long max = api.limits().maxUploadBytes();
        if (ctx.req().getContentLengthLong() > max) throw ApiError.tooLarge("upload", max);
        String name = ctx.queryParam("name") == null ? "export.csv" : ctx.queryParam("name");
        if (!SAFE_NAME.matcher(name).matches() || name.startsWith(".")) {
            throw ApiError.badRequest("name: a plain file name is expected (letters, digits, '.', '_', '-'), e.g. projects.csv");
        }
        LocalDate asOf = null;
        if (ctx.queryParam("asOf") != null) {
            try {
                asOf = LocalDate.parse(ctx.queryParam("asOf"));
            } catch (DateTimeException e) {
                throw ApiError.badRequest("asOf: not a date (YYYY-MM-DD)");
            }
        }
        boolean judge = !"false".equalsIgnoreCase(ctx.queryParam("judge"));
        Path dir = jobs.newUploadDir();
        Path file = dir.resolve(name);
        long n = 0;
        try (InputStream in = ctx.req().getInputStream(); OutputStream out = Files.newOutputStream(file)) {
            byte[] buf = new byte[1 << 16];
            int r;
            while ((r = in.read(buf)) > 0) {
                n += r;
                if (n > max) throw ApiError.tooLarge("upload", max);
                out.write(buf, 0, r);
            }
        } catch (ApiError | IOException e) {
            AuditJobs.deleteQuietly(dir);
            if (e instanceof ApiError a) throw a;
            throw ApiError.badRequest("the upload could not be read");
        }
        if (n == 0) {
            AuditJobs.deleteQuietly(dir);
            throw ApiError.badRequest("empty upload: send the export as the request body");
        }
        AuditJobs.Job job = jobs.submit(Api.key(ctx).id(), file, name, asOf, judge);
        ctx.status(202).header("Location", "/v1/audit/" + job.id());
        Responses.json(ctx, status(job));
    }

    private AuditJobs.Job job(Context ctx) {
        ApiKey key = Api.key(ctx);
        return jobs.find(ctx.pathParam("job"), key.id(), key.role().allows(Role.ADMIN))
                .orElseThrow(() -> ApiError.notFound("no audit job " + ctx.pathParam("job")));
    }

    private void status(Context ctx) {
        AuditJobs.Job job = job(ctx);
        ObjectNode o = status(job);
        if (job.status == AuditJobs.Status.DONE) o.set("result", job.result);
        Responses.json(ctx, o);
    }

    private void report(Context ctx) {
        AuditJobs.Job job = job(ctx);
        if (job.status != AuditJobs.Status.DONE) {
            throw new ApiError(409, "the audit is " + job.status.name().toLowerCase() + "; the report exists once it is done");
        }
        ctx.contentType("text/html; charset=utf-8").result(job.report);
    }

    private static ObjectNode status(AuditJobs.Job job) {
        ObjectNode o = JsonBody.JSON.createObjectNode();
        o.put("job", job.id());
        o.put("status", job.status.name());
        o.put("file", job.fileName);
        Double p = job.progress();
        if (p == null) o.putNull("progress");
        else o.put("progress", p);
        o.put("created", job.created.toString());
        if (job.finished != null) o.put("finished", job.finished.toString());
        if (job.error != null) o.put("error", job.error);
        return o;
    }
}
