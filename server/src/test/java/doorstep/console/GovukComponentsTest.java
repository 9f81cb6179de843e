package doorstep.console;

import doorstep.console.internal.Choice;
import doorstep.console.internal.FieldError;
import doorstep.console.internal.SelectOption;
import doorstep.console.internal.SummaryAction;
import doorstep.console.internal.SummaryRow;
import gg.jte.Content;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static doorstep.console.FixtureOptions.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Each console component template, given the options of govuk-frontend's own fixtures, renders the
 * fixture's HTML (indentation and attribute order aside): the console's markup cannot drift from GOV.UK
 * Frontend's, and a new govuk-frontend whose markup differs fails here.
 */
class GovukComponentsTest {

    private static final TemplateEngine JTE = TemplateEngine.createPrecompiled(ContentType.Html);

    @ParameterizedTest(name = "button: {0}")
    @ValueSource(strings = {"default", "link", "secondary", "warning", "name", "value", "id", "prevent double click"})
    void buttonMatchesGovukFrontend(String fixture) {
        assertMatches("button", "button", fixture, o -> params("text", o.text("text"), "href", o.text("href"),
                "classes", o.text("classes"), "name", o.text("name"), "value", o.text("value"), "id", o.text("id"),
                "preventDoubleClick", o.flag("preventDoubleClick")));
    }

    @ParameterizedTest(name = "tag: {0}")
    @ValueSource(strings = {"default", "grey", "red"})
    void tagMatchesGovukFrontend(String fixture) {
        assertMatches("tag", "tag", fixture, o -> params("text", o.text("text"), "classes", o.text("classes")));
    }

    @ParameterizedTest(name = "input: {0}")
    @ValueSource(strings = {"default", "with hint text", "with error message", "with error and hint", "with width-10 class",
            "custom type", "value", "with autocomplete attribute", "with spellcheck disabled", "inputmode"})
    void inputMatchesGovukFrontend(String fixture) {
        assertMatches("input", "input", fixture, o -> params("name", o.text("name"), "id", o.text("id"),
                "label", o.text("label", "text"), "labelClasses", o.text("label", "classes"), "hint", o.text("hint", "text"),
                "errorMessage", o.text("errorMessage", "text"), "type", o.text("type"), "autocomplete", o.text("autocomplete"),
                "value", o.text("value"), "classes", o.text("classes"), "inputmode", o.text("inputmode"),
                "spellcheck", o.text("spellcheck") == null ? null : o.flag("spellcheck")));
    }

    @ParameterizedTest(name = "textarea: {0}")
    @ValueSource(strings = {"default", "with hint", "with error message", "with hint and error message", "with default value",
            "with custom rows"})
    void textareaMatchesGovukFrontend(String fixture) {
        assertMatches("textarea", "textarea", fixture, o -> params("name", o.text("name"), "id", o.text("id"),
                "label", o.text("label", "text"), "hint", o.text("hint", "text"), "errorMessage", o.text("errorMessage", "text"),
                "value", o.text("value"), "rows", o.text("rows") == null ? null : Integer.valueOf(o.text("rows"))));
    }

    @ParameterizedTest(name = "select: {0}")
    @ValueSource(strings = {"default", "with hint text and error message", "with selected value"})
    void selectMatchesGovukFrontend(String fixture) {
        assertMatches("select", "select", fixture, o -> params("name", o.text("name"), "id", o.text("id"),
                "label", o.text("label", "text"), "hint", o.text("hint", "text"), "errorMessage", o.text("errorMessage", "text"),
                "value", o.text("value"), "items", o.list("items", item -> new SelectOption(item.text("value"),
                        item.text("text"), item.flag("selected"), item.flag("disabled")))));
    }

    @ParameterizedTest(name = "radios: {0}")
    @ValueSource(strings = {"default", "with hint", "inline", "with fieldset and error message", "with hint and error message"})
    void radiosMatchGovukFrontend(String fixture) {
        assertMatches("radios", "radios", fixture, o -> params("name", o.text("name"), "idPrefix", o.text("idPrefix"),
                "legend", o.text("fieldset", "legend", "text"), "legendClasses", o.text("fieldset", "legend", "classes"),
                "hint", o.text("hint", "text"), "errorMessage", o.text("errorMessage", "text"), "classes", o.text("classes"),
                "value", o.valuesOfItemsMarked("checked").stream().findFirst().orElse(null), "items", choices(o)));
    }

    @ParameterizedTest(name = "checkboxes: {0}")
    @ValueSource(strings = {"default", "with hint", "with error message", "with error message and hint"})
    void checkboxesMatchGovukFrontend(String fixture) {
        assertMatches("checkboxes", "checkboxes", fixture, o -> params("name", o.text("name"), "idPrefix", o.text("idPrefix"),
                "legend", o.text("fieldset", "legend", "text"), "hint", o.text("hint", "text"),
                "errorMessage", o.text("errorMessage", "text"), "values", o.valuesOfItemsMarked("checked"), "items", choices(o)));
    }

    @ParameterizedTest(name = "date-input: {0}")
    @ValueSource(strings = {"default", "with values", "with values and name prefix", "with error message and hint",
            "with error on day input", "with error on year input"})
    void dateInputMatchesGovukFrontend(String fixture) {
        assertMatches("date-input", "dateInput", fixture, o -> {
            String names = o.text("namePrefix") == null ? "" : o.text("namePrefix") + "-";
            String errorPart = o.flag("day", "error") ? "day" : o.flag("month", "error") ? "month"
                    : o.flag("year", "error") ? "year" : null;
            return params("id", o.text("id"), "namePrefix", o.text("namePrefix"), "legend", o.text("fieldset", "legend", "text"),
                    "hint", o.text("hint", "text"), "errorMessage", o.text("errorMessage", "text"), "errorPart", errorPart,
                    "day", o.text("values", names + "day"), "month", o.text("values", names + "month"),
                    "year", o.text("values", names + "year"));
        });
    }

    @ParameterizedTest(name = "fieldset: {0}")
    @ValueSource(strings = {"default", "styled as medium text", "as page heading l", "with describedBy", "role", "classes"})
    void fieldsetMatchesGovukFrontend(String fixture) {
        assertMatches("fieldset", "fieldset", fixture, o -> params("legend", o.text("legend", "text"),
                "legendClasses", o.text("legend", "classes"), "legendIsPageHeading", o.flag("legend", "isPageHeading"),
                "describedBy", o.text("describedBy"), "role", o.text("role"), "classes", o.text("classes")));
    }

    @ParameterizedTest(name = "error-summary: {0}")
    @ValueSource(strings = {"default", "with description only"})
    void errorSummaryMatchesGovukFrontend(String fixture) {
        assertMatches("error-summary", "errorSummary", fixture, o -> params("title", o.text("titleText"),
                "description", o.text("descriptionText"),
                "errors", o.list("errorList", e -> new FieldError(e.text("href").substring(1), e.text("text")))));
    }

    @ParameterizedTest(name = "summary-list: {0}")
    @ValueSource(strings = {"default", "with actions", "with some actions", "no-border"})
    void summaryListMatchesGovukFrontend(String fixture) {
        assertMatches("summary-list", "summaryList", fixture, o -> params("classes", o.text("classes"),
                "rows", o.list("rows", row -> new SummaryRow(row.text("key", "text"),
                        row.text("value", "html") != null
                                ? output -> output.writeContent(row.text("value", "html"))
                                : output -> output.writeUserContent(row.text("value", "text")),
                        row.at("actions").list("items", a -> new SummaryAction(a.text("href"), a.text("text"),
                                a.text("visuallyHiddenText")))))));
    }

    @ParameterizedTest(name = "warning-text: {0}")
    @ValueSource(strings = {"default", "multiple lines"})
    void warningTextMatchesGovukFrontend(String fixture) {
        assertMatches("warning-text", "warningText", fixture, o -> params("text", o.text("text"),
                "iconFallbackText", o.text("iconFallbackText")));
    }

    @ParameterizedTest(name = "inset-text: {0}")
    @ValueSource(strings = {"default", "id"})
    void insetTextMatchesGovukFrontend(String fixture) {
        assertMatches("inset-text", "insetText", fixture, o -> params("text", o.text("text"), "id", o.text("id")));
    }

    @ParameterizedTest(name = "notification-banner: {0}")
    @ValueSource(strings = {"default", "with type as success", "custom title"})
    void notificationBannerMatchesGovukFrontend(String fixture) {
        assertMatches("notification-banner", "notificationBanner", fixture, o -> params("text", o.text("text"),
                "type", o.text("type"), "title", o.text("titleText")));
    }

    @ParameterizedTest(name = "back-link: {0}")
    @ValueSource(strings = {"default", "with custom text and link"})
    void backLinkMatchesGovukFrontend(String fixture) {
        assertMatches("back-link", "backLink", fixture, o -> params("href", o.text("href"), "text", o.text("text")));
    }

    @ParameterizedTest(name = "details: {0}")
    @ValueSource(strings = {"default", "expanded", "id", "html", "with html"})
    void detailsMatchGovukFrontend(String fixture) {
        assertMatches("details", "details", fixture, o -> params("summary", o.text("summaryText"), "text", o.text("text"),
                "content", o.text("html") == null ? null : (Content) output -> output.writeContent(o.text("html")),
                "id", o.text("id"), "open", o.flag("open")));
    }

    @Test
    void textGivenToAComponentIsEscapedNotMarkup() {
        String html = render("input", params("name", "n", "label", "<script>alert(1)</script>", "value", "\"><b>x</b>"));

        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("<b>"), html);
    }

    private static List<Choice> choices(FixtureOptions o) {
        return o.list("items", item -> new Choice(item.text("value"), item.text("text"), item.text("hint", "text")));
    }

    private static void assertMatches(String component, String template, String fixtureName,
                                      Function<FixtureOptions, Map<String, Object>> toParams) {
        GovukFixtures.Fixture fixture = GovukFixtures.of(component, fixtureName);

        String html = render(template, toParams.apply(new FixtureOptions(fixture.options())));

        assertEquals(GovukFixtures.canonical(fixture.html()), GovukFixtures.canonical(html),
                component + " fixture '" + fixtureName + "' renders differently from govuk-frontend");
    }

    private static String render(String template, Map<String, Object> params) {
        StringOutput output = new StringOutput();
        JTE.render("console/components/" + template + ".jte", params, output);
        return output.toString();
    }
}
