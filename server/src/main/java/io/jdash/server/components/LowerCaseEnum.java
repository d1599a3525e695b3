package io.jdash.server.components;

import java.util.Locale;

/**
 * An enum whose constants Dash spells in lower case, with {@code -} for {@code _} ({@code LATIN_NAME} is
 * {@code "latin-name"}).
 */
public interface LowerCaseEnum extends PropValue {
    /** The constant's name (implemented by every enum). */
    String name();

    @Override
    default Object jsonValue() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
