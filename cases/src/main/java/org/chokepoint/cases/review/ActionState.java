package org.chokepoint.cases.review;

/** EFFECTIVE at once, or PENDING a second user's approval (four eyes) until APPROVED or REJECTED. */
public enum ActionState { EFFECTIVE, PENDING, APPROVED, REJECTED }
