package io.jdash.server.components;

/**
 * A component of any library without a typed builder, with the props most components have: {@code style},
 * {@code className} and {@code children}; {@link #prop} sets any other.
 */
public final class GenericComponent extends TypedComponent<GenericComponent>
        implements Styled<GenericComponent>, Parent<GenericComponent> {

    /** Component {@code type} of the library whose global is {@code namespace}. */
    public GenericComponent(String type, String namespace) {
        super(type, namespace);
    }
}
