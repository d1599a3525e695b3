package io.jdash.server;

import io.jdash.frontend.FrontendPackages;
import io.jdash.server.components.Namespaces;
import io.jdash.server.components.html.A;
import io.jdash.server.components.html.Area;
import io.jdash.server.components.html.Audio;
import io.jdash.server.components.html.Base;
import io.jdash.server.components.html.Blockquote;
import io.jdash.server.components.html.Button;
import io.jdash.server.components.html.Canvas;
import io.jdash.server.components.html.Col;
import io.jdash.server.components.html.Colgroup;
import io.jdash.server.components.html.Data;
import io.jdash.server.components.html.Del;
import io.jdash.server.components.html.Details;
import io.jdash.server.components.html.Dialog;
import io.jdash.server.components.html.Embed;
import io.jdash.server.components.html.Fieldset;
import io.jdash.server.components.html.Form;
import io.jdash.server.components.html.HtmlComponent;
import io.jdash.server.components.html.HtmlElement;
import io.jdash.server.components.html.Iframe;
import io.jdash.server.components.html.Img;
import io.jdash.server.components.html.Ins;
import io.jdash.server.components.html.Label;
import io.jdash.server.components.html.Li;
import io.jdash.server.components.html.Link;
import io.jdash.server.components.html.MapEl;
import io.jdash.server.components.html.Marquee;
import io.jdash.server.components.html.Meta;
import io.jdash.server.components.html.Meter;
import io.jdash.server.components.html.ObjectEl;
import io.jdash.server.components.html.Ol;
import io.jdash.server.components.html.Optgroup;
import io.jdash.server.components.html.Option;
import io.jdash.server.components.html.Output;
import io.jdash.server.components.html.Param;
import io.jdash.server.components.html.Progress;
import io.jdash.server.components.html.Q;
import io.jdash.server.components.html.Script;
import io.jdash.server.components.html.Select;
import io.jdash.server.components.html.Source;
import io.jdash.server.components.html.Td;
import io.jdash.server.components.html.Textarea;
import io.jdash.server.components.html.Th;
import io.jdash.server.components.html.Time;
import io.jdash.server.components.html.Track;
import io.jdash.server.components.html.Video;
import java.util.Locale;
import java.util.Set;

/**
 * Builders for every element of dash-html-components (version {@value FrontendPackages#DASH_HTML_COMPONENTS}):
 * {@code Html.div(...)}, {@code Html.a("Docs").href(url)}, {@code Html.img().src(url).alt("Logo")}. Elements with attributes of their own return their own builder (package
 * {@code io.jdash.server.components.html}) with typed setters for them; all have the global props ({@code n_clicks},
 * {@code title}, {@code hidden}, {@code data-*}...). Dash names {@code <map>} and {@code <object>}
 * {@code MapEl} and {@code ObjectEl}; so do the builders.
 */
public final class Html {
    /** The namespace of dash-html-components. */
    public static final String NAMESPACE = Namespaces.HTML;

    /** The component names dash-html-components exports. */
    static final Set<String> ELEMENTS = Set.of(
            "A",
            "Abbr",
            "Acronym",
            "Address",
            "Area",
            "Article",
            "Aside",
            "Audio",
            "B",
            "Base",
            "Basefont",
            "Bdi",
            "Bdo",
            "Big",
            "Blink",
            "Blockquote",
            "Br",
            "Button",
            "Canvas",
            "Caption",
            "Center",
            "Cite",
            "Code",
            "Col",
            "Colgroup",
            "Content",
            "Data",
            "Datalist",
            "Dd",
            "Del",
            "Details",
            "Dfn",
            "Dialog",
            "Div",
            "Dl",
            "Dt",
            "Em",
            "Embed",
            "Fieldset",
            "Figcaption",
            "Figure",
            "Font",
            "Footer",
            "Form",
            "Frame",
            "Frameset",
            "H1",
            "H2",
            "H3",
            "H4",
            "H5",
            "H6",
            "Header",
            "Hgroup",
            "Hr",
            "I",
            "Iframe",
            "Img",
            "Ins",
            "Kbd",
            "Keygen",
            "Label",
            "Legend",
            "Li",
            "Link",
            "Main",
            "MapEl",
            "Mark",
            "Marquee",
            "Meta",
            "Meter",
            "Nav",
            "Nobr",
            "Noscript",
            "ObjectEl",
            "Ol",
            "Optgroup",
            "Option",
            "Output",
            "P",
            "Param",
            "Picture",
            "Plaintext",
            "Pre",
            "Progress",
            "Q",
            "Rb",
            "Rp",
            "Rt",
            "Rtc",
            "Ruby",
            "S",
            "Samp",
            "Script",
            "Section",
            "Select",
            "Shadow",
            "Slot",
            "Small",
            "Source",
            "Spacer",
            "Span",
            "Strike",
            "Strong",
            "Sub",
            "Summary",
            "Sup",
            "Table",
            "Tbody",
            "Td",
            "Template",
            "Textarea",
            "Tfoot",
            "Th",
            "Thead",
            "Time",
            "Title",
            "Tr",
            "Track",
            "U",
            "Ul",
            "Var",
            "Video",
            "Wbr",
            "Xmp");

    private Html() {}

    /**
     * Any element by its tag name, e.g. {@code element("section")}; for an element in a loop over tag names.
     *
     * @throws IllegalArgumentException when dash-html-components has no such element
     */
    public static HtmlElement element(String tag, Object... children) {
        String lower = tag.toLowerCase(Locale.ROOT);
        String name =
                switch (lower) {
                    case "map" -> "MapEl";
                    case "object" -> "ObjectEl";
                    default -> lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
                };
        if (!ELEMENTS.contains(name)) {
            throw new IllegalArgumentException("dash_html_components has no element '" + tag + "': use a tag it exports"
                    + " (div, span, table...), or new Component(type, namespace) for another library's component");
        }
        return withChildren(new HtmlElement(name), children);
    }

    private static <T extends HtmlComponent<T>> T withChildren(T element, Object[] children) {
        return children.length == 0 ? element : element.children(children);
    }

    /** {@code <a>}. */
    public static A a(Object... children) {
        return withChildren(new A(), children);
    }

    /** {@code <abbr>}. */
    public static HtmlElement abbr(Object... children) {
        return element("abbr", children);
    }

    /** {@code <acronym>}. */
    public static HtmlElement acronym(Object... children) {
        return element("acronym", children);
    }

    /** {@code <address>}. */
    public static HtmlElement address(Object... children) {
        return element("address", children);
    }

    /** {@code <area>}. */
    public static Area area(Object... children) {
        return withChildren(new Area(), children);
    }

    /** {@code <article>}. */
    public static HtmlElement article(Object... children) {
        return element("article", children);
    }

    /** {@code <aside>}. */
    public static HtmlElement aside(Object... children) {
        return element("aside", children);
    }

    /** {@code <audio>}. */
    public static Audio audio(Object... children) {
        return withChildren(new Audio(), children);
    }

    /** {@code <b>}. */
    public static HtmlElement b(Object... children) {
        return element("b", children);
    }

    /** {@code <base>}. */
    public static Base base(Object... children) {
        return withChildren(new Base(), children);
    }

    /** {@code <basefont>}. */
    public static HtmlElement basefont(Object... children) {
        return element("basefont", children);
    }

    /** {@code <bdi>}. */
    public static HtmlElement bdi(Object... children) {
        return element("bdi", children);
    }

    /** {@code <bdo>}. */
    public static HtmlElement bdo(Object... children) {
        return element("bdo", children);
    }

    /** {@code <big>}. */
    public static HtmlElement big(Object... children) {
        return element("big", children);
    }

    /** {@code <blink>}. */
    public static HtmlElement blink(Object... children) {
        return element("blink", children);
    }

    /** {@code <blockquote>}. */
    public static Blockquote blockquote(Object... children) {
        return withChildren(new Blockquote(), children);
    }

    /** {@code <br>}. */
    public static HtmlElement br(Object... children) {
        return element("br", children);
    }

    /** {@code <button>}. */
    public static Button button(Object... children) {
        return withChildren(new Button(), children);
    }

    /** {@code <canvas>}. */
    public static Canvas canvas(Object... children) {
        return withChildren(new Canvas(), children);
    }

    /** {@code <caption>}. */
    public static HtmlElement caption(Object... children) {
        return element("caption", children);
    }

    /** {@code <center>}. */
    public static HtmlElement center(Object... children) {
        return element("center", children);
    }

    /** {@code <cite>}. */
    public static HtmlElement cite(Object... children) {
        return element("cite", children);
    }

    /** {@code <code>}. */
    public static HtmlElement code(Object... children) {
        return element("code", children);
    }

    /** {@code <col>}. */
    public static Col col(Object... children) {
        return withChildren(new Col(), children);
    }

    /** {@code <colgroup>}. */
    public static Colgroup colgroup(Object... children) {
        return withChildren(new Colgroup(), children);
    }

    /** {@code <content>}. */
    public static HtmlElement content(Object... children) {
        return element("content", children);
    }

    /** {@code <data>}. */
    public static Data data(Object... children) {
        return withChildren(new Data(), children);
    }

    /** {@code <datalist>}. */
    public static HtmlElement datalist(Object... children) {
        return element("datalist", children);
    }

    /** {@code <dd>}. */
    public static HtmlElement dd(Object... children) {
        return element("dd", children);
    }

    /** {@code <del>}. */
    public static Del del(Object... children) {
        return withChildren(new Del(), children);
    }

    /** {@code <details>}. */
    public static Details details(Object... children) {
        return withChildren(new Details(), children);
    }

    /** {@code <dfn>}. */
    public static HtmlElement dfn(Object... children) {
        return element("dfn", children);
    }

    /** {@code <dialog>}. */
    public static Dialog dialog(Object... children) {
        return withChildren(new Dialog(), children);
    }

    /** {@code <div>}. */
    public static HtmlElement div(Object... children) {
        return element("div", children);
    }

    /** {@code <dl>}. */
    public static HtmlElement dl(Object... children) {
        return element("dl", children);
    }

    /** {@code <dt>}. */
    public static HtmlElement dt(Object... children) {
        return element("dt", children);
    }

    /** {@code <em>}. */
    public static HtmlElement em(Object... children) {
        return element("em", children);
    }

    /** {@code <embed>}. */
    public static Embed embed(Object... children) {
        return withChildren(new Embed(), children);
    }

    /** {@code <fieldset>}. */
    public static Fieldset fieldset(Object... children) {
        return withChildren(new Fieldset(), children);
    }

    /** {@code <figcaption>}. */
    public static HtmlElement figcaption(Object... children) {
        return element("figcaption", children);
    }

    /** {@code <figure>}. */
    public static HtmlElement figure(Object... children) {
        return element("figure", children);
    }

    /** {@code <font>}. */
    public static HtmlElement font(Object... children) {
        return element("font", children);
    }

    /** {@code <footer>}. */
    public static HtmlElement footer(Object... children) {
        return element("footer", children);
    }

    /** {@code <form>}. */
    public static Form form(Object... children) {
        return withChildren(new Form(), children);
    }

    /** {@code <frame>}. */
    public static HtmlElement frame(Object... children) {
        return element("frame", children);
    }

    /** {@code <frameset>}. */
    public static HtmlElement frameset(Object... children) {
        return element("frameset", children);
    }

    /** {@code <h1>}. */
    public static HtmlElement h1(Object... children) {
        return element("h1", children);
    }

    /** {@code <h2>}. */
    public static HtmlElement h2(Object... children) {
        return element("h2", children);
    }

    /** {@code <h3>}. */
    public static HtmlElement h3(Object... children) {
        return element("h3", children);
    }

    /** {@code <h4>}. */
    public static HtmlElement h4(Object... children) {
        return element("h4", children);
    }

    /** {@code <h5>}. */
    public static HtmlElement h5(Object... children) {
        return element("h5", children);
    }

    /** {@code <h6>}. */
    public static HtmlElement h6(Object... children) {
        return element("h6", children);
    }

    /** {@code <header>}. */
    public static HtmlElement header(Object... children) {
        return element("header", children);
    }

    /** {@code <hgroup>}. */
    public static HtmlElement hgroup(Object... children) {
        return element("hgroup", children);
    }

    /** {@code <hr>}. */
    public static HtmlElement hr(Object... children) {
        return element("hr", children);
    }

    /** {@code <i>}. */
    public static HtmlElement i(Object... children) {
        return element("i", children);
    }

    /** {@code <iframe>}. */
    public static Iframe iframe(Object... children) {
        return withChildren(new Iframe(), children);
    }

    /** {@code <img>}. */
    public static Img img(Object... children) {
        return withChildren(new Img(), children);
    }

    /** {@code <ins>}. */
    public static Ins ins(Object... children) {
        return withChildren(new Ins(), children);
    }

    /** {@code <kbd>}. */
    public static HtmlElement kbd(Object... children) {
        return element("kbd", children);
    }

    /** {@code <keygen>}. */
    public static HtmlElement keygen(Object... children) {
        return element("keygen", children);
    }

    /** {@code <label>}. */
    public static Label label(Object... children) {
        return withChildren(new Label(), children);
    }

    /** {@code <legend>}. */
    public static HtmlElement legend(Object... children) {
        return element("legend", children);
    }

    /** {@code <li>}. */
    public static Li li(Object... children) {
        return withChildren(new Li(), children);
    }

    /** {@code <link>}. */
    public static Link link(Object... children) {
        return withChildren(new Link(), children);
    }

    /** {@code <main>}. */
    public static HtmlElement main(Object... children) {
        return element("main", children);
    }

    /** {@code <map>}. */
    public static MapEl mapEl(Object... children) {
        return withChildren(new MapEl(), children);
    }

    /** {@code <mark>}. */
    public static HtmlElement mark(Object... children) {
        return element("mark", children);
    }

    /** {@code <marquee>}. */
    public static Marquee marquee(Object... children) {
        return withChildren(new Marquee(), children);
    }

    /** {@code <meta>}. */
    public static Meta meta(Object... children) {
        return withChildren(new Meta(), children);
    }

    /** {@code <meter>}. */
    public static Meter meter(Object... children) {
        return withChildren(new Meter(), children);
    }

    /** {@code <nav>}. */
    public static HtmlElement nav(Object... children) {
        return element("nav", children);
    }

    /** {@code <nobr>}. */
    public static HtmlElement nobr(Object... children) {
        return element("nobr", children);
    }

    /** {@code <noscript>}. */
    public static HtmlElement noscript(Object... children) {
        return element("noscript", children);
    }

    /** {@code <object>}. */
    public static ObjectEl objectEl(Object... children) {
        return withChildren(new ObjectEl(), children);
    }

    /** {@code <ol>}. */
    public static Ol ol(Object... children) {
        return withChildren(new Ol(), children);
    }

    /** {@code <optgroup>}. */
    public static Optgroup optgroup(Object... children) {
        return withChildren(new Optgroup(), children);
    }

    /** {@code <option>}. */
    public static Option option(Object... children) {
        return withChildren(new Option(), children);
    }

    /** {@code <output>}. */
    public static Output output(Object... children) {
        return withChildren(new Output(), children);
    }

    /** {@code <p>}. */
    public static HtmlElement p(Object... children) {
        return element("p", children);
    }

    /** {@code <param>}. */
    public static Param param(Object... children) {
        return withChildren(new Param(), children);
    }

    /** {@code <picture>}. */
    public static HtmlElement picture(Object... children) {
        return element("picture", children);
    }

    /** {@code <plaintext>}. */
    public static HtmlElement plaintext(Object... children) {
        return element("plaintext", children);
    }

    /** {@code <pre>}. */
    public static HtmlElement pre(Object... children) {
        return element("pre", children);
    }

    /** {@code <progress>}. */
    public static Progress progress(Object... children) {
        return withChildren(new Progress(), children);
    }

    /** {@code <q>}. */
    public static Q q(Object... children) {
        return withChildren(new Q(), children);
    }

    /** {@code <rb>}. */
    public static HtmlElement rb(Object... children) {
        return element("rb", children);
    }

    /** {@code <rp>}. */
    public static HtmlElement rp(Object... children) {
        return element("rp", children);
    }

    /** {@code <rt>}. */
    public static HtmlElement rt(Object... children) {
        return element("rt", children);
    }

    /** {@code <rtc>}. */
    public static HtmlElement rtc(Object... children) {
        return element("rtc", children);
    }

    /** {@code <ruby>}. */
    public static HtmlElement ruby(Object... children) {
        return element("ruby", children);
    }

    /** {@code <s>}. */
    public static HtmlElement s(Object... children) {
        return element("s", children);
    }

    /** {@code <samp>}. */
    public static HtmlElement samp(Object... children) {
        return element("samp", children);
    }

    /** {@code <script>}. */
    public static Script script(Object... children) {
        return withChildren(new Script(), children);
    }

    /** {@code <section>}. */
    public static HtmlElement section(Object... children) {
        return element("section", children);
    }

    /** {@code <select>}. */
    public static Select select(Object... children) {
        return withChildren(new Select(), children);
    }

    /** {@code <shadow>}. */
    public static HtmlElement shadow(Object... children) {
        return element("shadow", children);
    }

    /** {@code <slot>}. */
    public static HtmlElement slot(Object... children) {
        return element("slot", children);
    }

    /** {@code <small>}. */
    public static HtmlElement small(Object... children) {
        return element("small", children);
    }

    /** {@code <source>}. */
    public static Source source(Object... children) {
        return withChildren(new Source(), children);
    }

    /** {@code <spacer>}. */
    public static HtmlElement spacer(Object... children) {
        return element("spacer", children);
    }

    /** {@code <span>}. */
    public static HtmlElement span(Object... children) {
        return element("span", children);
    }

    /** {@code <strike>}. */
    public static HtmlElement strike(Object... children) {
        return element("strike", children);
    }

    /** {@code <strong>}. */
    public static HtmlElement strong(Object... children) {
        return element("strong", children);
    }

    /** {@code <sub>}. */
    public static HtmlElement sub(Object... children) {
        return element("sub", children);
    }

    /** {@code <summary>}. */
    public static HtmlElement summary(Object... children) {
        return element("summary", children);
    }

    /** {@code <sup>}. */
    public static HtmlElement sup(Object... children) {
        return element("sup", children);
    }

    /** {@code <table>}. */
    public static HtmlElement table(Object... children) {
        return element("table", children);
    }

    /** {@code <tbody>}. */
    public static HtmlElement tbody(Object... children) {
        return element("tbody", children);
    }

    /** {@code <td>}. */
    public static Td td(Object... children) {
        return withChildren(new Td(), children);
    }

    /** {@code <template>}. */
    public static HtmlElement template(Object... children) {
        return element("template", children);
    }

    /** {@code <textarea>}. */
    public static Textarea textarea(Object... children) {
        return withChildren(new Textarea(), children);
    }

    /** {@code <tfoot>}. */
    public static HtmlElement tfoot(Object... children) {
        return element("tfoot", children);
    }

    /** {@code <th>}. */
    public static Th th(Object... children) {
        return withChildren(new Th(), children);
    }

    /** {@code <thead>}. */
    public static HtmlElement thead(Object... children) {
        return element("thead", children);
    }

    /** {@code <time>}. */
    public static Time time(Object... children) {
        return withChildren(new Time(), children);
    }

    /** {@code <title>}. */
    public static HtmlElement title(Object... children) {
        return element("title", children);
    }

    /** {@code <tr>}. */
    public static HtmlElement tr(Object... children) {
        return element("tr", children);
    }

    /** {@code <track>}. */
    public static Track track(Object... children) {
        return withChildren(new Track(), children);
    }

    /** {@code <u>}. */
    public static HtmlElement u(Object... children) {
        return element("u", children);
    }

    /** {@code <ul>}. */
    public static HtmlElement ul(Object... children) {
        return element("ul", children);
    }

    /** {@code <var>}. */
    public static HtmlElement var(Object... children) {
        return element("var", children);
    }

    /** {@code <video>}. */
    public static Video video(Object... children) {
        return withChildren(new Video(), children);
    }

    /** {@code <wbr>}. */
    public static HtmlElement wbr(Object... children) {
        return element("wbr", children);
    }

    /** {@code <xmp>}. */
    public static HtmlElement xmp(Object... children) {
        return element("xmp", children);
    }
}
