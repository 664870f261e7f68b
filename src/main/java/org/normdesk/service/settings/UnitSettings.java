package org.normdesk.service.settings;

import org.normdesk.domain.filing.MaterialKind;
import org.normdesk.domain.filing.RegistrationNumberTemplate;

import java.util.Set;

/**
 * Who this installation works for and its local rules.
 *
 * @param unitName      the bureau, e.g. 濮阳市司法局 (printed on receipts and notices)
 * @param unitCode      its code for registration numbers, e.g. 濮
 * @param ownIssuerIds  the bodies whose documents are filed upward, not with this bureau (its own government)
 */
public record UnitSettings(String unitName, String unitCode, RegistrationNumberTemplate registrationTemplate,
                           Set<MaterialKind> requiredMaterials, Set<Long> ownIssuerIds) {
    public UnitSettings {
        requiredMaterials = Set.copyOf(requiredMaterials);
        ownIssuerIds = Set.copyOf(ownIssuerIds);
    }
}
