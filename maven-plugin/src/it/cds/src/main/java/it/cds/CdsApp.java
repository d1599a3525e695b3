package it.cds;

import io.jdash.server.DashApp;
import io.jdash.server.DashServer;
import io.jdash.server.Dcc;
import io.jdash.server.Html;

public final class CdsApp {
    private CdsApp() {
    }

    public static void main(String[] args) throws Exception {
        DashApp app = DashApp.builder()
                .layout(Html.div(Dcc.input().id("name").value("Ada"), Html.p().id("greeting")))
                .callbacks(CdsCallbacks.class)
                .build();
        DashServer.start(app).join();
    }
}
