package it.dev;

import io.jdash.server.DashApp;
import io.jdash.server.DashServer;
import io.jdash.server.Dcc;
import io.jdash.server.Html;

public final class DevApp {
    private DevApp() {
    }

    public static void main(String[] args) throws Exception {
        DashApp app = DashApp.builder()
                .layout(Html.div(Dcc.input().id("name").value("Ada"), Html.p().id("greeting")))
                .callbacks(DevCallbacks.class)
                .assetsOnClassPath("assets")
                .build();
        DashServer.start(app).join();
    }
}
