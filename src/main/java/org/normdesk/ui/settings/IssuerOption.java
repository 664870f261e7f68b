package org.normdesk.ui.settings;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.normdesk.domain.issuer.Issuer;

/** One issuer in the "own issuers" list, ticked when its documents are filed upward rather than here. */
public final class IssuerOption {
    private final Issuer issuer;
    private final BooleanProperty own;

    public IssuerOption(Issuer issuer, boolean own) {
        this.issuer = issuer;
        this.own = new SimpleBooleanProperty(this, "own", own);
    }

    public Issuer issuer() {
        return issuer;
    }

    public BooleanProperty ownProperty() {
        return own;
    }

    @Override
    public String toString() {
        return issuer.name();
    }
}
