package org.chokepoint.server.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;

import java.io.IOException;

/**
 * Reads a request body as JSON and reports a malformed one by position ("malformed JSON at line 1, column 17:
 * Unexpected character ('}')"), and reads typed fields with errors that name the field's path.
 */
public final class JsonBody {
    public static final int MAX_DEPTH = 64;
    public static final int MAX_STRING = 1_000_000;
    /**
     * Values (tokens) in one body. A tree costs some 40 to 80 bytes a token, so a 4 MiB body of {@code {},{},...}
     * (two million tokens) would take over 100 MB; at this limit a refused body costs at most some 30 MB before it is
     * dropped. A batch of 1,000 transactions of the worked example's size is about 100,000 tokens.
     */
    public static final int MAX_TOKENS = 400_000;
    /** Nesting, string sizes and token count are bounded, so no body can make the parser recurse or allocate without limit. */
    public static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_STRING)
                    .maxTokenCount(MAX_TOKENS).build()).build());

    private JsonBody() {
    }

    public static JsonNode parse(Context ctx, long maxBytes) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) throw ApiError.tooLarge("body", maxBytes);
        byte[] body;
        try {
            body = ctx.req().getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw ApiError.badRequest("the request body could not be read");
        }
        if (body.length > maxBytes) throw ApiError.tooLarge("body", maxBytes);
        if (body.length == 0) throw ApiError.badRequest("empty body: a JSON object is expected");
        try {
            JsonNode n = JSON.readTree(body);
            if (n == null || n.isMissingNode()) throw ApiError.badRequest("empty body: a JSON object is expected");
            return n;
        } catch (StreamConstraintsException e) {
            throw constraint(e);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw ApiError.badRequest("malformed JSON" + where + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ApiError.badRequest("malformed JSON");
        }
    }

    /** A parser limit in our words (Jackson's own message names its classes and methods). */
    private static ApiError constraint(StreamConstraintsException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("nesting")) return ApiError.badRequest("JSON nested deeper than " + MAX_DEPTH + " levels");
        if (m.contains("Token count")) return ApiError.tooLarge("tokens", "the body holds more than " + MAX_TOKENS + " JSON values (the limit): send smaller batches");
        if (m.contains("String value length")) return ApiError.tooLarge("string", "a JSON string longer than " + MAX_STRING + " characters (the limit)");
        return ApiError.badRequest("JSON beyond the parser's limits (a number or a field name too long)");
    }

    /** A text field, or null when absent or null; anything else is a 400 naming the path. */
    public static String text(JsonNode n, String field, String path) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) throw ApiError.badRequest(path + field + ": a string is expected");
        return v.asText();
    }

    public static Double number(JsonNode n, String field, String path) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isNumber()) throw ApiError.badRequest(path + field + ": a number is expected");
        return v.asDouble();
    }
}
