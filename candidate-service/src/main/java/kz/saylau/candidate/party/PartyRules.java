package kz.saylau.candidate.party;

import kz.saylau.platform.web.ProblemException;

/** R-N9: what a party's standing allows; pure. */
public final class PartyRules {

    private PartyRules() {
    }

    /** R-N9: a suspended party nominates no one until the suspension is lifted. */
    public static void requireMayNominate(String code, boolean suspended) {
        if (suspended) {
            throw ProblemException.rule("PARTY_SUSPENDED", "R-N9", "party " + code
                    + " is suspended: it nominates no one until the suspension is lifted");
        }
    }

    /** R-N9: a change that changes nothing is refused, so that every version in the history is a real change. */
    public static void requireChange(String currentName, boolean currentlySuspended, PartyChange change) {
        boolean renames = change.name() != null && !change.name().equals(currentName);
        boolean suspends = change.suspended() != null && change.suspended() != currentlySuspended;
        if (!renames && !suspends) {
            throw ProblemException.conflict("PARTY_UNCHANGED", "party already has this name and standing");
        }
    }
}
