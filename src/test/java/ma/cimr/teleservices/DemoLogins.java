package ma.cimr.teleservices;

/** Demo accounts the tests use (see demo-data.sql and the README). */
public final class DemoLogins {

    public static final String PASSWORD = "Portail-Demo-2026";

    public static final String ATLAS_DELEGATE = "100234";
    public static final String MAGHREB_DELEGATE = "100567";
    public static final String FES_DELEGATE = "100891";
    /** Tétouan Céramique SARL, the small company that declares by form (demo-data-declaration.sql). */
    public static final String TETOUAN_DELEGATE = "100936";
    public static final String TETOUAN_DECLARATION = "tetouan.declaration";
    /** An accounting firm's login, set up by Tétouan Céramique, granted by Atlas Conserves and Maghreb Logistique. */
    public static final String FIRM_DECLARATION = "fiduciaire.saisie";
    public static final String ATLAS_COMPANY_ACCOUNT = "atlas.compte";
    public static final String ATLAS_DECLARATION = "atlas.declaration";
    public static final String ATLAS_ORDERER = "atlas.ordonnateur";
    public static final String ATLAS_VALIDATOR = "atlas.validateur";
    /** Atlas asks two confirmations per payment order: its second validator (demo-data-easypayment.sql). */
    public static final String ATLAS_SECOND_VALIDATOR = "atlas.validateur2";
    public static final String ATLAS_LIQUIDATION = "atlas.liquidation";
    public static final String MAGHREB_COMPANY_ACCOUNT = "maghreb.compte";
    public static final String AFFILIATE = "10000001";
    public static final String OTHER_AFFILIATE = "10000002";
    public static final String RETIREE = "DP0000001";
    public static final String SURVIVOR = "DP0000005";
    public static final String AGENT = "agent1";
    /** The second pair of eyes of DD025: approves what agent1 proposed. */
    public static final String SECOND_AGENT = "agent2";
    public static final String SUPERVISOR = "superviseur";
    public static final String ADMINISTRATOR = "admin";
    /** Approves the pension parameters admin proposes (DD025). */
    public static final String SECOND_ADMINISTRATOR = "admin2";

    private DemoLogins() {
    }
}
