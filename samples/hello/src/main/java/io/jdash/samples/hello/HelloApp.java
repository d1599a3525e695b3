package io.jdash.samples.hello;

import io.jdash.server.DashApp;
import io.jdash.server.DashServer;
import io.jdash.server.Dcc;
import io.jdash.server.Html;
import io.jdash.server.components.dcc.Input;
import java.util.Map;

/** The hello sample: {@code mvn -pl samples/hello exec:java} and open http://127.0.0.1:8050/. */
public final class HelloApp {
    private HelloApp() {}

    /** The app. */
    public static DashApp app() {
        return DashApp.builder()
                .title("jdash hello")
                .layout(Html.div(
                                Html.h1("Hello from jdash"),
                                Dcc.input().id("name").value("Ada Lovelace").type(Input.Type.TEXT),
                                Html.p().id("greeting"),
                                Html.button("Count words on the server").id("count-btn"),
                                Html.p().id("count"))
                        .style(Map.of("fontFamily", "system-ui, sans-serif", "margin", "32px")))
                .callbacks(HelloCallbacks.class)
                // no inline or eval'd script anywhere: the strictest script policy works
                .contentSecurityPolicy("script-src 'self'")
                .build();
    }

    /** Starts the app on port 8050 (or the first argument). */
    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : DashServer.DEFAULT_PORT;
        DashServer.start(app(), port).join();
    }
}
