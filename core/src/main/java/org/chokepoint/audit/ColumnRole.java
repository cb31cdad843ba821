package org.chokepoint.audit;

/** What a column of an operations export holds, judged from its values (and its header when there is one). */
public enum ColumnRole {
    ID, COUNTRY, CITY, CUSTOMER, CURRENCY, PHONE, AMOUNT, DATE, TEXT, OTHER
}
