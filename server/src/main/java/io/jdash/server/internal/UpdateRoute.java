package io.jdash.server.internal;

import io.jdash.server.RequestSecurity;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code POST _dash-update-component}: the one way from an HTTP request to a callback. The body is read within the
 * size limit (all of it, so a refused client still sending gets its answer, not a reset), the headers are checked
 * ({@link RequestGuard}), and the body is validated into an {@link UpdateRequest}
 * ({@link UpdateRequestReader}), and only then does the callback run ({@link UpdateHandler}), or, for a background
 * callback, its job start or answer ({@link BackgroundJobs}). Every refusal is a 4xx with a short JSON body. With
 * server timing on, the answers of callbacks carry a {@code Server-Timing} header ({@link ServerTiming}).
 */
public final class UpdateRoute {
    private static final long DRAIN_LIMIT = 64L << 20;

    private final RequestGuard guard;
    private final UpdateRequestReader reader;
    private final BackgroundJobs background;
    private final int maxRequestBytes;
    private final boolean debug;
    private final boolean serverTiming;

    /**
     * The route for {@code callbacks}, whose background callbacks are {@code background}; {@code debug} answers
     * failures with pages for Dash's error popup, {@code serverTiming} adds the {@code Server-Timing} header.
     */
    public UpdateRoute(
            Callbacks callbacks,
            BackgroundJobs background,
            RequestSecurity security,
            int maxRequestBytes,
            boolean debug,
            boolean serverTiming) {
        this.guard = new RequestGuard(security);
        this.reader = new UpdateRequestReader(callbacks, background.hiddenCallbacks());
        this.background = background;
        this.maxRequestBytes = maxRequestBytes;
        this.debug = debug;
        this.serverTiming = serverTiming;
    }

    /** Answers one request. */
    public void handle(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        UpdateRequest request;
        try {
            byte[] body = body(req);
            guard.check(req);
            request = reader.read(body, UpdateQuery.parse(req.getQueryString()));
        } catch (BadRequest e) {
            Http.error(resp, e.status(), e.getMessage());
            return;
        }
        ServerTiming timing = serverTiming ? new ServerTiming() : null;
        try {
            if (!background.handle(request, debug, timing, resp)) {
                UpdateHandler.handle(request, debug, timing, resp);
            }
        } catch (RuntimeException e) {
            new CallbackFailure(
                            request.callback().displayName(),
                            "jdash: " + request.callback().displayName() + " failed: " + e,
                            e)
                    .answer(resp, debug);
        }
    }

    private byte[] body(HttpServletRequest req) throws IOException {
        byte[] body = req.getInputStream().readNBytes(maxRequestBytes + 1);
        if (body.length > maxRequestBytes) {
            // read the rest (within reason) so the client, still sending, does not lose the answer to a reset
            long skipped = 0;
            byte[] sink = new byte[8192];
            for (int n; skipped < DRAIN_LIMIT && (n = req.getInputStream().read(sink)) > 0; ) {
                skipped += n;
            }
            throw new BadRequest(413, "the request is larger than " + maxRequestBytes + " bytes");
        }
        return body;
    }
}
