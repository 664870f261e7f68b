package org.normdesk.ui.welcome;

import org.normdesk.service.settings.LanguageChoice;
import org.normdesk.service.settings.UnitKind;

/** What the user answered on first run. */
public record WelcomeChoices(LanguageChoice language, UnitKind unitKind, String unitName, String unitCode,
                             boolean loadDemo) {
}
