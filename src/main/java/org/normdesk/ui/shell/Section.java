package org.normdesk.ui.shell;

/** The workflows in the left navigation; a section without a view (see {@link SectionViews}) shows a placeholder. */
public enum Section {
    FILING("nav.filing"),
    REVIEW("nav.review"),
    REGISTER("nav.register"),
    CLEANUP("nav.cleanup"),
    UPWARD("nav.upward"),
    STATISTICS("nav.statistics"),
    SETTINGS("nav.settings");

    private final String labelKey;

    Section(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }
}
