package org.chokepoint.model;

/** How a publisher qualifies a name: OFAC's a.k.a./f.k.a. and weak a.k.a., the UN's "good"/"low" quality. */
public enum NameKind {
    PRIMARY, STRONG_ALIAS, WEAK_ALIAS, FORMER_NAME
}
