package org.normdesk.service.review.hints;

import org.normdesk.domain.review.rules.Hint;
import org.normdesk.domain.review.rules.HintDismissal;

import java.util.Objects;
import java.util.Optional;

/** A hint as the reviewer sees it: with the dismissal that set it aside, if any. */
public record HintView(Hint hint, HintDismissal dismissal) {
    public HintView {
        Objects.requireNonNull(hint);
    }

    public boolean dismissed() {
        return dismissal != null;
    }

    public Optional<HintDismissal> dismissalIfAny() {
        return Optional.ofNullable(dismissal);
    }
}
