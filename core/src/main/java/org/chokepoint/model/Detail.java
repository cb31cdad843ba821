package org.chokepoint.model;

/** Keys of {@link Entity#details()}: schema-specific facts that most entities do not have. */
public final class Detail {
    public static final String GENDER = "gender";
    public static final String TITLE = "title";
    public static final String DESIGNATION = "designation";
    public static final String VESSEL_TYPE = "vesselType";
    public static final String VESSEL_FLAG = "vesselFlag";
    public static final String VESSEL_OWNER = "vesselOwner";
    public static final String CALL_SIGN = "callSign";
    public static final String IMO = "imo";
    public static final String MMSI = "mmsi";
    public static final String TONNAGE = "tonnage";
    public static final String GROSS_REGISTERED_TONNAGE = "grossRegisteredTonnage";
    public static final String AIRCRAFT_MODEL = "aircraftModel";
    public static final String AIRCRAFT_SERIAL = "aircraftSerial";
    public static final String AIRCRAFT_OPERATOR = "aircraftOperator";
    public static final String AIRCRAFT_CONSTRUCTION = "aircraftConstruction";
    public static final String AIRCRAFT_MANUFACTURE_DATE = "aircraftManufactureDate";
    public static final String LICENSE_REQUIREMENT = "licenseRequirement";
    public static final String LICENSE_POLICY = "licensePolicy";
    public static final String FEDERAL_REGISTER = "federalRegister";
    public static final String END_DATE = "endDate";
    public static final String SOURCE_URL = "sourceUrl";

    private Detail() {
    }
}
