package io.jdash.server.internal;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * The HTML page a callback error is answered with in debug mode, for Dash's error popup: dash-renderer shows an answer
 * that starts with {@code <!doctype} in an iframe, with Werkzeug's style sheet added (dash-renderer
 * {@code src/components/error/FrontEnd/FrontEndError.react.js}), the way Dash's Flask back end answers with
 * Werkzeug's debugger page. The page is the exception and its causes with their stack frames pruned to the
 * application's code, as Dash prunes tracebacks ({@code dev_tools_prune_errors}): the reflective call into the
 * callback and everything below it (jdash, the servlet container) is counted, not shown. Every text is HTML-escaped.
 * Never used in production.
 */
public final class DebugErrorPage {
    /** The most frames shown of one exception (a deep recursion has thousands). */
    static final int MAX_FRAMES = 100;
    /** The most causes followed. */
    private static final int MAX_CAUSES = 20;

    private static final String INVOKER = "io.jdash.server.values.CallbackInvoker";

    private DebugErrorPage() {}

    /**
     * The page of a failed callback.
     *
     * @param message the failure's message, e.g. {@code jdash: Orders.total threw java.lang.X: ...}
     * @param cause the exception, or null when nothing was thrown (a result that does not fit the outputs)
     * @param errorId the id of the log line with the same failure
     */
    public static String failure(String message, Throwable cause, String errorId) {
        String title = cause == null ? message : describe(cause);
        StringBuilder b = start(title);
        b.append("<p class=\"jdash-summary\">").append(escape(message));
        StackTraceElement where = cause == null ? null : firstApplicationFrame(cause.getStackTrace());
        if (where != null) {
            b.append("<br>at <b>").append(escape(location(where))).append("</b>");
        }
        b.append("<br><span class=\"jdash-id\">error id ")
                .append(escape(errorId))
                .append(" (the server log has it with the full stack)</span></p>\n");
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        StackTraceElement[] enclosing = null;
        int depth = 0;
        for (Throwable t = cause; t != null && seen.add(t) && depth < MAX_CAUSES; t = t.getCause(), depth++) {
            b.append("<h2 class=\"traceback\">")
                    .append(depth == 0 ? "" : "Caused by: ")
                    .append(escape(describe(t)))
                    .append(depth == 0 ? " <em>(innermost call first)</em>" : "")
                    .append("</h2>\n");
            frames(b, t.getStackTrace(), enclosing);
            enclosing = t.getStackTrace();
        }
        return end(b);
    }

    /** The page of an argument of the wrong type: what arrived where, and how to fix it. */
    public static String badArgument(BadArgument bad) {
        StringBuilder b = start(bad.message());
        var m = bad.mismatch();
        b.append("<div class=\"traceback\"><pre>")
                .append("callback   ")
                .append(escape(m.callback()))
                .append('\n')
                .append("parameter  ")
                .append(escape(m.parameter() + m.path()))
                .append('\n')
                .append(bad.kind().equals("input") ? "input      " : "state      ")
                .append(escape(bad.componentId() != null ? bad.componentId() + "." + bad.property() : bad.declared()))
                .append('\n')
                .append("expected   ")
                .append(escape(m.expected()))
                .append('\n')
                .append("got        ")
                .append(escape(m.actual()))
                .append("</pre></div>\n")
                .append("<p class=\"jdash-summary\">Declare the parameter with a type that takes this value (see"
                        + " the value mapping), or make the component send a value of the declared type.</p>\n");
        return end(b);
    }

    private static StringBuilder start(String title) {
        StringBuilder b = new StringBuilder(4096);
        b.append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(title))
                .append("</title>\n<style>\n")
                // the popup injects Werkzeug's sheet after this one; it hides overflow for a height script that
                // a page's script-src policy may block, so the page must scroll by itself
                .append("body { font-family: system-ui, sans-serif; margin: 0; overflow: auto !important;"
                        + " overflow-wrap: anywhere; }\n")
                .append("h2.traceback { font-size: 15px; margin: 12px 0 0; padding: 6px 10px; }\n")
                .append(".traceback ul { list-style: none; margin: 0; padding: 6px 10px; }\n")
                .append(".frame { font-family: monospace; font-size: 13px; padding: 1px 0; }\n")
                .append(".frame.app { font-weight: bold; }\n")
                .append(".frame.lib { color: #8a97aa; }\n")
                .append(".hidden-frames { font-style: italic; color: #8a97aa; margin: 4px 10px; }\n")
                .append(".jdash-summary { margin: 10px 0; } .jdash-id { color: #8a97aa; }\n")
                .append("pre { white-space: pre-wrap; margin: 0; padding: 10px; }\n")
                .append(
                        "</style>\n</head>\n<body>\n<div class=\"debugger\">\n<div class=\"detail\"><p class=\"errormsg\">")
                .append(escape(title))
                .append("</p></div>\n");
        return b;
    }

    private static String end(StringBuilder b) {
        return b.append("</div>\n</body>\n</html>\n").toString();
    }

    /** The frames of one exception down to the cut, then how many were hidden. */
    private static void frames(StringBuilder b, StackTraceElement[] frames, StackTraceElement[] enclosing) {
        int unique = frames.length - inCommon(frames, enclosing);
        int cut = cut(frames, unique);
        int shown = Math.min(cut, MAX_FRAMES);
        b.append("<div class=\"traceback\"><ul>\n");
        for (int i = 0; i < shown; i++) {
            b.append("<li class=\"frame ")
                    .append(isApplication(frames[i]) ? "app" : "lib")
                    .append("\">at ")
                    .append(escape(frames[i].toString()))
                    .append("</li>\n");
        }
        b.append("</ul>\n");
        if (cut > shown) {
            b.append("<p class=\"hidden-frames\">")
                    .append(cut - shown)
                    .append(" more frames of the same kind not" + " shown</p>\n");
        }
        int hidden = frames.length - cut;
        if (hidden > 0) {
            b.append("<p class=\"hidden-frames\">")
                    .append(hidden)
                    .append(hidden == 1 ? " jdash/JDK frame hidden" : " jdash/JDK frames hidden")
                    .append(
                            unique < frames.length
                                    ? " (in common with the exception" + " above, or below your callback)"
                                    : " (the call into your callback and the server below it)")
                    .append("</p>\n");
        }
        b.append("</div>\n");
    }

    /**
     * Where the shown frames end: at the reflective call into the callback (the frames above jdash's invoker that
     * are reflection), else at the servlet container, else after the frames not in common with the enclosing
     * exception.
     */
    static int cut(StackTraceElement[] frames, int unique) {
        for (int i = 0; i < unique; i++) {
            if (frames[i].getClassName().equals(INVOKER)) {
                int cut = i;
                while (cut > 0 && isReflection(frames[cut - 1])) {
                    cut--;
                }
                return cut;
            }
        }
        for (int i = 0; i < unique; i++) {
            String c = frames[i].getClassName();
            if (c.startsWith("jakarta.servlet.")
                    || c.startsWith("org.eclipse.jetty.")
                    || c.equals("io.jdash.server.DashServlet")) {
                return i;
            }
        }
        return unique;
    }

    private static int inCommon(StackTraceElement[] frames, StackTraceElement[] enclosing) {
        if (enclosing == null) {
            return 0;
        }
        int m = frames.length - 1;
        int n = enclosing.length - 1;
        int common = 0;
        while (m >= 0 && n >= 0 && frames[m].equals(enclosing[n])) {
            m--;
            n--;
            common++;
        }
        return common;
    }

    private static boolean isReflection(StackTraceElement f) {
        String c = f.getClassName();
        return c.startsWith("jdk.internal.reflect.")
                || c.startsWith("java.lang.reflect.")
                || c.startsWith("java.lang.invoke.");
    }

    /** Whether a frame is the application's: neither the JDK's, jdash's server nor the servlet container's. */
    static boolean isApplication(StackTraceElement f) {
        String c = f.getClassName();
        return !(c.startsWith("java.")
                || c.startsWith("javax.")
                || c.startsWith("jdk.")
                || c.startsWith("sun.")
                || c.startsWith("com.sun.")
                || isJdash(c)
                || c.startsWith("org.eclipse.jetty.")
                || c.startsWith("jakarta.servlet."));
    }

    /** Whether a class is jdash's server: a class of {@code io.jdash.server} or of one of its own packages. */
    private static boolean isJdash(String c) {
        if (!c.startsWith("io.jdash.server.")) {
            return false;
        }
        String rest = c.substring("io.jdash.server.".length());
        return rest.indexOf('.') < 0
                || rest.startsWith("internal.")
                || rest.startsWith("values.")
                || rest.startsWith("cache.")
                || rest.startsWith("background.")
                || rest.startsWith("components.");
    }

    /** The innermost frame of the application's code above the cut, or null. */
    static StackTraceElement firstApplicationFrame(StackTraceElement[] frames) {
        int cut = cut(frames, frames.length);
        for (int i = 0; i < cut; i++) {
            if (isApplication(frames[i])) {
                return frames[i];
            }
        }
        return null;
    }

    /** {@code Orders.total(Orders.java:42)}: the class's simple name, the method and the file and line. */
    private static String location(StackTraceElement f) {
        String c = f.getClassName();
        String simple = c.substring(c.lastIndexOf('.') + 1);
        String file = f.getFileName() == null
                ? "Unknown Source"
                : f.getLineNumber() >= 0 ? f.getFileName() + ":" + f.getLineNumber() : f.getFileName();
        return simple + "." + f.getMethodName() + "(" + file + ")";
    }

    /** {@code java.lang.IllegalStateException: message}, as Java prints an exception (without localizing). */
    static String describe(Throwable t) {
        String message = t.getMessage();
        return t.getClass().getName() + (message != null ? ": " + message : "");
    }

    /** Text made safe for HTML content and attribute values. */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r =
                    switch (c) {
                        case '&' -> "&amp;";
                        case '<' -> "&lt;";
                        case '>' -> "&gt;";
                        case '"' -> "&quot;";
                        case '\'' -> "&#39;";
                        default -> null;
                    };
            if (r != null && b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (b != null) {
                if (r != null) {
                    b.append(r);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? s : b.toString();
    }
}
