package org.chokepoint.rules;

/** Whether an item is subject to the EAR (15 CFR 734.3), as far as the data tells. */
public enum Jurisdiction {
    SUBJECT, NOT_SUBJECT, UNKNOWN
}
