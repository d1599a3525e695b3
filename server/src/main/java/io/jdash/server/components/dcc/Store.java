package io.jdash.server.components.dcc;

import io.jdash.server.components.Namespaces;
import io.jdash.server.components.StorageType;
import io.jdash.server.components.TypedComponent;

/** {@code dcc.Store}: JSON data kept in the browser for callbacks to share; it renders nothing. */
public final class Store extends TypedComponent<Store> {

    /** An empty store in memory. */
    public Store() {
        super("Store", Namespaces.DCC);
    }

    /** Where the data lives (memory by default). */
    public Store storageType(StorageType type) {
        return prop("storage_type", type);
    }

    /** The data: a map, list, number, string or boolean. */
    public Store data(Object data) {
        return prop("data", data);
    }

    /** Clears the data when set to true (callbacks set it). */
    public Store clearData(boolean clear) {
        return prop("clear_data", clear);
    }
}
