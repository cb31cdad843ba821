package org.chokepoint.rules;

import java.math.BigDecimal;

/**
 * One line item. Money values are in the transaction's currency; {@code usContent} is the value of the
 * US-origin controlled content incorporated in a foreign-made item (15 CFR 734.4), null when not given.
 *
 * @param eccn          Export Control Classification Number ("5A991") or "EAR99"; null when not given
 * @param hsCode        Harmonized System code, may be null
 * @param originCountry where the item was made (ISO alpha-2 or name); "US" means US-origin
 */
public record Item(String description, String eccn, String hsCode, BigDecimal quantity, BigDecimal value,
                   BigDecimal usContent, String originCountry) {
}
