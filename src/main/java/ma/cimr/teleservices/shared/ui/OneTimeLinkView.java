package ma.cimr.teleservices.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import ma.cimr.teleservices.shared.Refusal;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The page a one-time link opens (DD017): open the link → act → done. Every such page has the same
 * skeleton: its title; then either one sentence saying the link no longer works (the same sentence
 * whatever the reason, so an unknown and an expired link look alike), or the page's own step (a
 * password to choose, a button to click, or nothing when opening is the act); then the outcome
 * and the way on. A subclass says only what is its own: its title, its service calls, its words.
 *
 * <p>The token comes from the {@code token} query parameter; a missing one is blank, which no
 * link matches.
 */
public abstract class OneTimeLinkView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final String titleKey;

    protected OneTimeLinkView(String titleKey) {
        this.titleKey = titleKey;
    }

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        restart();
        open(event.getLocation().getQueryParameters().getSingleParameter("token").orElse(""));
    }

    /** What the page shows for this token: {@link #refuse}, {@link #ask} or {@link #act}. */
    protected abstract void open(String token);

    /** The link does not work (unknown, expired, used, replaced): the page says why, and nothing more. */
    protected final void refuse(String key, Object... arguments) {
        restart();
        var refused = new Paragraph(getTranslation(key, arguments));
        refused.addClassName("link-refused");
        add(refused);
    }

    /** The link works and the person has a step to take first: a sentence, then the form or button. */
    protected final void ask(String introKey, Component step) {
        add(new Paragraph(getTranslation(introKey)), step);
    }

    /**
     * Does what the link is for. Refused, the page says why in place of everything else; done,
     * {@code outcome} is told the result (and shows it with {@link #done}).
     */
    protected final <T> void act(Supplier<T> action, Consumer<T> outcome) {
        T result;
        try {
            result = action.get();
        } catch (Refusal refusal) {
            refuse(refusal.key(), refusal.arguments());
            return;
        }
        outcome.accept(result);
    }

    /**
     * The outcome replaces the page: a sentence saying what was done ({@code className} lets tests
     * and styles find it), then the way on.
     */
    protected final void done(String className, String text, Component... next) {
        restart();
        var done = new Paragraph(text);
        done.addClassName(className);
        add(done);
        add(next);
    }

    /** The way on after a password was chosen: sign in. */
    protected final Anchor signIn() {
        return new Anchor("login", getTranslation("action.login"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }

    private void restart() {
        removeAll();
        add(new H1(getTranslation(titleKey)));
    }
}
