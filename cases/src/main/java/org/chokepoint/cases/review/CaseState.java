package org.chokepoint.cases.review;

/** A case is OPEN while any of its alerts is open, CLOSED once every alert is decided or closed. */
public enum CaseState { OPEN, CLOSED }
